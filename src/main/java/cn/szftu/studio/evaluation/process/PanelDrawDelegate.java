package cn.szftu.studio.evaluation.process;

import static cn.szftu.studio.evaluation.ExpertEvaluationProcess.*;

import cn.szftu.studio.evaluation.Evaluation;
import cn.szftu.studio.evaluation.EvaluationPurpose;
import cn.szftu.studio.evaluation.EvaluationService;
import cn.szftu.studio.evaluation.PanelFill;
import cn.szftu.studio.evaluation.form.ScoringFormGenerator;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Starts the evaluation record on the first pass (fixing its indicator version, hence its scoring form) and draws
 * experts for every empty seat; on later passes (after the pool was extended, or a seat was added) only the new seats.
 */
@Component("panelDraw")
public class PanelDrawDelegate implements JavaDelegate {

  private final EvaluationService evaluations;

  public PanelDrawDelegate(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long evaluationId = (Long) execution.getVariable(VAR_EVALUATION_ID);
    if (evaluationId == null) {
      Object purpose = execution.getVariable(VAR_PURPOSE);
      Evaluation evaluation = evaluations.start((Long) execution.getVariable(VAR_APPLICATION_ID),
          execution.getProcessInstanceId(),
          purpose == null ? EvaluationPurpose.NAMING : EvaluationPurpose.valueOf(purpose.toString()));
      evaluationId = evaluation.getId();
      execution.setVariable(VAR_EVALUATION_ID, evaluationId);
      execution.setVariable(VAR_SCORING_FORM, ScoringFormGenerator.formKey(evaluation.getIndicatorVersion()));
    }
    PanelFill fill = evaluations.fillPanel(evaluationId);
    execution.setVariable(VAR_PANEL_COMPLETE, fill.complete());
    execution.setVariable(VAR_PENDING_SEATS, new ArrayList<>(fill.pendingSeats()));
  }
}
