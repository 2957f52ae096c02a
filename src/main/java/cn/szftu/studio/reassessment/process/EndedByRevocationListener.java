package cn.szftu.studio.reassessment.process;

import static cn.szftu.studio.reassessment.StudioReassessmentProcess.VAR_STUDIO_ID;

import cn.szftu.studio.reassessment.ReassessmentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** 工作室已撤销: another procedure revoked the studio while the process waited; an open round ends with it. */
@Component("reassessmentEndedByRevocation")
public class EndedByRevocationListener implements ExecutionListener {

  private final ReassessmentService reassessments;

  public EndedByRevocationListener(ReassessmentService reassessments) {
    this.reassessments = reassessments;
  }

  @Override
  public void notify(DelegateExecution execution) {
    reassessments.endByRevocation((Long) execution.getVariable(VAR_STUDIO_ID));
  }
}
