package cn.szftu.studio.evaluation.process;

import static cn.szftu.studio.evaluation.ExpertEvaluationProcess.VAR_EVALUATION_ID;

import cn.szftu.studio.evaluation.EvaluationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The evaluation's process ends. Normally its record is completed already; when the process was cut short (the calling
 * re-assessment stopped because the studio was revoked, or an administrator cancelled it) the record is marked as
 * ended without a result, so its experts lose their access to the case.
 */
@Component("evaluationEnded")
public class EvaluationEndedListener implements ExecutionListener {

  private final EvaluationService evaluations;

  public EvaluationEndedListener(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object evaluationId = execution.getVariable(VAR_EVALUATION_ID);
    if (evaluationId != null) {
      evaluations.cancelIfRunning((Long) evaluationId);
    }
  }
}
