package cn.szftu.studio.revocation.process;

import cn.szftu.studio.revocation.RevocationService;
import cn.szftu.studio.revocation.StudioRevocation;
import cn.szftu.studio.security.Groups;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * For the BPMN expressions of both revocation processes: who works a studio's tasks and when the plaque is due, from
 * the revocation case, so the batch's per-studio tasks need no copies of these in variables.
 */
@Component("revocationTasks")
public class RevocationTasks {

  private final RevocationService revocations;
  private final RevocationCases cases;

  public RevocationTasks(RevocationService revocations, RevocationCases cases) {
    this.revocations = revocations;
    this.cases = cases;
  }

  /** {@code unit-<hostUnitCode>} of the studio the execution's case is about. */
  public String hostUnitGroup(DelegateExecution execution) {
    StudioRevocation revocation = cases.of(execution);
    return Groups.unitGroup(revocations.studio(revocation.getStudioId()).getHostUnitCode());
  }

  public Date plaqueDue(DelegateExecution execution) {
    return Date.from(cases.of(execution).getPlaqueDueAt());
  }
}
