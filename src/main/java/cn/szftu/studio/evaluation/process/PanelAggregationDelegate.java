package cn.szftu.studio.evaluation.process;

import static cn.szftu.studio.evaluation.ExpertEvaluationProcess.*;

import cn.szftu.studio.evaluation.EvaluationService;
import cn.szftu.studio.scoring.PanelResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After the last seat: the scoring component aggregates the stored sheets; the process keeps only the two flags. */
@Component("panelAggregation")
public class PanelAggregationDelegate implements JavaDelegate {

  private final EvaluationService evaluations;

  public PanelAggregationDelegate(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PanelResult result = evaluations.aggregate(Seats.evaluationId(execution));
    execution.setVariable(VAR_DISAGREEMENT, result.disagreement());
    execution.setVariable(VAR_EXCLUDED, result.excluded());
  }
}
