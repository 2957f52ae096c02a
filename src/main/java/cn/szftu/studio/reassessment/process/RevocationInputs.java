package cn.szftu.studio.reassessment.process;

import cn.szftu.studio.reassessment.ReassessmentService;
import cn.szftu.studio.reassessment.StudioReassessmentProcess;
import org.springframework.stereotype.Component;

/**
 * What the revocation call activity passes in (its in-mappings call this bean): the ground, and the facts of the
 * failed re-assessment as the basis. The text goes only to the revocation process, never into this one's variables.
 */
@Component("revocationInputs")
public class RevocationInputs {

  private final ReassessmentService reassessments;

  public RevocationInputs(ReassessmentService reassessments) {
    this.reassessments = reassessments;
  }

  public String ground() {
    return StudioReassessmentProcess.REVOCATION_GROUND;
  }

  public String basis(Long reassessmentId) {
    return reassessments.revocationBasis(reassessmentId);
  }
}
