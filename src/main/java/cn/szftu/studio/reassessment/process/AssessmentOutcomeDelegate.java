package cn.szftu.studio.reassessment.process;

import static cn.szftu.studio.reassessment.StudioReassessmentProcess.VAR_EVALUATION_ID;
import static cn.szftu.studio.reassessment.StudioReassessmentProcess.VAR_HOST_UNIT_GROUP;
import static cn.szftu.studio.reassessment.StudioReassessmentProcess.VAR_OUTCOME;
import static cn.szftu.studio.reassessment.StudioReassessmentProcess.VAR_REASSESSMENT_ID;
import static cn.szftu.studio.reassessment.StudioReassessmentProcess.VAR_RECTIFICATION_DEADLINE;
import static cn.szftu.studio.reassessment.StudioReassessmentProcess.VAR_STUDIO_ID;

import cn.szftu.studio.reassessment.ReassessmentOutcome;
import cn.szftu.studio.reassessment.ReassessmentService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 确定复核结论 (both assessments): the outcome comes from the reassessment-outcome DMN via the service, which knows
 * whether this is the assessment after rectification. A rectification order hands the task its group and deadline.
 */
@Component("assessmentOutcome")
public class AssessmentOutcomeDelegate implements JavaDelegate {

  private final ReassessmentService reassessments;

  public AssessmentOutcomeDelegate(ReassessmentService reassessments) {
    this.reassessments = reassessments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long reassessmentId = (Long) execution.getVariable(VAR_REASSESSMENT_ID);
    ReassessmentOutcome outcome = reassessments.decide(reassessmentId,
        (Long) execution.getVariable(VAR_EVALUATION_ID));
    execution.setVariable(VAR_OUTCOME, outcome.name());
    if (outcome == ReassessmentOutcome.RECTIFY) {
      execution.setVariable(VAR_RECTIFICATION_DEADLINE,
          Date.from(reassessments.get(reassessmentId).getRectificationDeadline()));
      execution.setVariable(VAR_HOST_UNIT_GROUP,
          reassessments.hostUnitGroup((Long) execution.getVariable(VAR_STUDIO_ID)));
    }
  }
}
