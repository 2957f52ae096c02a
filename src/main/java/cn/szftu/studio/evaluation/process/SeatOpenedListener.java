package cn.szftu.studio.evaluation.process;

import static cn.szftu.studio.evaluation.ExpertEvaluationProcess.*;

import cn.szftu.studio.evaluation.EvaluationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Each seat of the panel runs in its own scope: its expert and its decisions are local to it, so parallel seats never
 * write the same variable.
 */
@Component("seatOpened")
public class SeatOpenedListener implements ExecutionListener {

  private final EvaluationService evaluations;

  public SeatOpenedListener(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long evaluationId = (Long) execution.getVariable(VAR_EVALUATION_ID);
    int seat = Seats.of(execution);
    execution.setVariableLocal(VAR_SEAT_EXPERT, evaluations.holder(evaluationId, seat).getExpertId());
    execution.setVariableLocal(VAR_DECLARATION, null);
    execution.setVariableLocal(VAR_REPLACEMENT_FOUND, null);
    execution.setVariableLocal(VAR_REPLACEMENT_DECISION, null);
  }
}
