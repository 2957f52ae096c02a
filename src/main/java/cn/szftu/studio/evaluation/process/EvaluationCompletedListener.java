package cn.szftu.studio.evaluation.process;

import cn.szftu.studio.evaluation.EvaluationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The result stands: the evaluation is closed; the application takes it over when the call activity returns. */
@Component("evaluationCompleted")
public class EvaluationCompletedListener implements ExecutionListener {

  private final EvaluationService evaluations;

  public EvaluationCompletedListener(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void notify(DelegateExecution execution) {
    evaluations.complete(Seats.evaluationId(execution));
  }
}
