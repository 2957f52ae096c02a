package cn.szftu.studio.evaluation.process;

import static cn.szftu.studio.evaluation.ExpertEvaluationProcess.*;

import cn.szftu.studio.evaluation.EvaluationService;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Draws a replacement for a recused expert into the same seat; the seat's tasks then go to the replacement. */
@Component("replacementDraw")
public class ReplacementDrawDelegate implements JavaDelegate {

  private final EvaluationService evaluations;

  public ReplacementDrawDelegate(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<String> replacement = evaluations.replace(Seats.evaluationId(execution), Seats.of(execution));
    replacement.ifPresent(expert -> execution.setVariable(VAR_SEAT_EXPERT, expert));
    execution.setVariable(VAR_REPLACEMENT_FOUND, replacement.isPresent());
  }
}
