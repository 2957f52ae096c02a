package cn.szftu.studio.reassessment.process;

import static cn.szftu.studio.reassessment.StudioReassessmentProcess.VAR_REASSESSMENT_ID;
import static cn.szftu.studio.reassessment.StudioReassessmentProcess.VAR_REVOKED;
import static cn.szftu.studio.reassessment.StudioReassessmentProcess.VAR_STUDIO_ID;

import cn.szftu.studio.reassessment.ReassessmentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 记录撤销决定: the revocation process returned. Its answer is {@code revoked}; the registry is asked too, so a studio
 * the registry shows revoked is never scheduled for another re-assessment.
 */
@Component("revocationDecided")
public class RevocationDecidedDelegate implements JavaDelegate {

  private final ReassessmentService reassessments;

  public RevocationDecidedDelegate(ReassessmentService reassessments) {
    this.reassessments = reassessments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean revoked = Boolean.TRUE.equals(execution.getVariable(VAR_REVOKED))
        || reassessments.isRevoked((Long) execution.getVariable(VAR_STUDIO_ID));
    reassessments.recordRevocationDecision((Long) execution.getVariable(VAR_REASSESSMENT_ID), revoked);
    execution.setVariable(VAR_REVOKED, revoked);
  }
}
