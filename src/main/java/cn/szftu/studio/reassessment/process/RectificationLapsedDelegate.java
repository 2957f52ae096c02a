package cn.szftu.studio.reassessment.process;

import static cn.szftu.studio.reassessment.StudioReassessmentProcess.VAR_REASSESSMENT_ID;

import cn.szftu.studio.reassessment.ReassessmentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录逾期未报: the deadline passed without a report; the second assessment judges the studio as it stands. */
@Component("rectificationLapsed")
public class RectificationLapsedDelegate implements JavaDelegate {

  private final ReassessmentService reassessments;

  public RectificationLapsedDelegate(ReassessmentService reassessments) {
    this.reassessments = reassessments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reassessments.lapse((Long) execution.getVariable(VAR_REASSESSMENT_ID));
  }
}
