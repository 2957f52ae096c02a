package cn.szftu.studio.revocation.process;

import cn.szftu.studio.revocation.RevocationService;
import cn.szftu.studio.revocation.StudioRevocation;
import cn.szftu.studio.security.Groups;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * For the BPMN expressions of both revocation processes: who works a studio's tasks and when the plaque is due, from
 * the revocation case, so the batch's per-studio tasks need no copies of these in variables.
 */
@Component("revocationTasks")
public class RevocationTasks {

  private final RevocationService revocations;

  public RevocationTasks(RevocationService revocations) {
    this.revocations = revocations;
  }

  /** {@code unit-<hostUnitCode>} of the revoked studio. */
  public String hostUnitGroup(Long revocationId) {
    StudioRevocation revocation = revocations.get(revocationId);
    return Groups.unitGroup(revocations.studio(revocation.getStudioId()).getHostUnitCode());
  }

  public Date plaqueDue(Long revocationId) {
    return Date.from(revocations.get(revocationId).getPlaqueDueAt());
  }
}
