package cn.szftu.studio.change.process;

import static cn.szftu.studio.change.StudioChangeProcess.*;

import cn.szftu.studio.change.ChangeStatus;
import cn.szftu.studio.change.ChangeTexts;
import cn.szftu.studio.change.StudioChange;
import cn.szftu.studio.change.StudioChangeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Before the revocation is called for a host unit moving out of Shenzhen: its ground and the facts it rests on, as
 * the revocation process expects them (CONTRACTS: revocationGround, revocationBasis).
 */
@Component("studioChangeRevocationCall")
public class RevocationCallListener implements ExecutionListener {

  private final StudioChangeService changes;

  public RevocationCallListener(StudioChangeService changes) {
    this.changes = changes;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long changeId = (Long) execution.getVariable(VAR_CHANGE_ID);
    StudioChange change = changes.get(changeId);
    changes.enterStep(changeId, ChangeStatus.REVOCATION);
    execution.setVariable(VAR_REVOCATION_GROUND, REVOCATION_GROUND_MOVED);
    execution.setVariable(VAR_REVOCATION_BASIS,
        ChangeTexts.revocationBasis(change, changes.studioOf(change).getNamingNumber()));
  }
}
