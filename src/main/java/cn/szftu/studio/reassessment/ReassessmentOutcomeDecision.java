package cn.szftu.studio.reassessment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Asks the reassessment-outcome DMN for a re-assessment's outcome: the panel score and the veto, whether it is the
 * assessment after rectification, and the configured keep and rectify lines as input variables.
 */
@Component
public class ReassessmentOutcomeDecision {

  public static final String DECISION_KEY = "reassessment-outcome";
  static final String OUTPUT = "outcome";

  private final DecisionService decisionService;
  private final ReassessmentProperties properties;

  public ReassessmentOutcomeDecision(DecisionService decisionService, ReassessmentProperties properties) {
    this.decisionService = decisionService;
    this.properties = properties;
  }

  public ReassessmentOutcome decide(BigDecimal panelScore, boolean vetoed, boolean afterRectification) {
    String outcome = decisionService.evaluateDecisionTableByKey(DECISION_KEY)
        .variables(Variables.fromMap(variables(panelScore, vetoed, afterRectification, properties)))
        .evaluate().getSingleEntry();
    if (outcome == null) {
      throw new IllegalStateException("reassessment-outcome gave no outcome for score " + panelScore);
    }
    return ReassessmentOutcome.valueOf(outcome);
  }

  /** The decision's inputs; the DMN compares in doubles, which hold two-decimal scores exactly enough. */
  static Map<String, Object> variables(BigDecimal panelScore, boolean vetoed, boolean afterRectification,
      ReassessmentProperties properties) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("panelScore", panelScore == null ? null : panelScore.doubleValue());
    variables.put("vetoed", vetoed);
    variables.put("afterRectification", afterRectification);
    variables.put("keepLine", properties.keepLine().doubleValue());
    variables.put("rectifyLine", properties.rectifyLine().doubleValue());
    return variables;
  }
}
