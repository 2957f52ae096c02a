package cn.szftu.studio.reassessment.process;

import static cn.szftu.studio.reassessment.StudioReassessmentProcess.VAR_REVIEW_DUE_AT;
import static cn.szftu.studio.reassessment.StudioReassessmentProcess.VAR_STUDIO_ID;

import cn.szftu.studio.reassessment.ReassessmentService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 确定下次复核日期: the cycle timer waits for the moment the review cycle gives. */
@Component("reviewScheduling")
public class ReviewSchedulingDelegate implements JavaDelegate {

  private final ReassessmentService reassessments;

  public ReviewSchedulingDelegate(ReassessmentService reassessments) {
    this.reassessments = reassessments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long studioId = (Long) execution.getVariable(VAR_STUDIO_ID);
    execution.setVariable(VAR_REVIEW_DUE_AT, Date.from(reassessments.nextReviewAt(studioId)));
  }
}
