package cn.szftu.studio.reassessment.process;

import static cn.szftu.studio.reassessment.StudioReassessmentProcess.VAR_EVALUATION_ID;
import static cn.szftu.studio.reassessment.StudioReassessmentProcess.VAR_OUTCOME;
import static cn.szftu.studio.reassessment.StudioReassessmentProcess.VAR_REASSESSMENT_ID;
import static cn.szftu.studio.reassessment.StudioReassessmentProcess.VAR_REVIEW_DUE_AT;
import static cn.szftu.studio.reassessment.StudioReassessmentProcess.VAR_REVOKED;
import static cn.szftu.studio.reassessment.StudioReassessmentProcess.VAR_STUDIO_ID;

import cn.szftu.studio.reassessment.ReassessmentService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 开始复核: the round's record is opened; the previous round's decisions are cleared so none is read by mistake. */
@Component("reassessmentOpened")
public class ReassessmentOpenedDelegate implements JavaDelegate {

  private final ReassessmentService reassessments;

  public ReassessmentOpenedDelegate(ReassessmentService reassessments) {
    this.reassessments = reassessments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long studioId = (Long) execution.getVariable(VAR_STUDIO_ID);
    execution.setVariable(VAR_REASSESSMENT_ID,
        reassessments.open(studioId, execution.getProcessInstanceId(),
            ((Date) execution.getVariable(VAR_REVIEW_DUE_AT)).toInstant()).getId());
    execution.removeVariable(VAR_EVALUATION_ID);
    execution.removeVariable(VAR_OUTCOME);
    execution.removeVariable(VAR_REVOKED);
  }
}
