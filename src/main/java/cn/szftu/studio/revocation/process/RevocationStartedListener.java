package cn.szftu.studio.revocation.process;

import static cn.szftu.studio.revocation.StudioRevocationProcess.*;

import cn.szftu.studio.application.process.CurrentActor;
import cn.szftu.studio.revocation.RevocationRequest;
import cn.szftu.studio.revocation.RevocationService;
import cn.szftu.studio.revocation.StudioRevocation;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The case opens: from the city office's start form (naming number, ground, basis) or from a calling process's
 * in-variables (studio id, ground, basis), checked alike. A refusal throws, so no instance or row is left. The naming
 * number becomes the business key, the basis moves into the case's row and only ids and decisions stay.
 */
@Component("revocationStarted")
public class RevocationStartedListener implements ExecutionListener {

  private final RevocationService revocations;
  private final CurrentActor actor;

  public RevocationStartedListener(RevocationService revocations, CurrentActor actor) {
    this.revocations = revocations;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Map<String, Object> values = new HashMap<>(execution.getVariables());
    StudioRevocation revocation = revocations.start(RevocationRequest.read(values),
        execution.getProcessInstanceId(), actor.userId());
    execution.removeVariables(values.keySet());
    execution.setProcessBusinessKey(revocations.studio(revocation.getStudioId()).getNamingNumber());
    execution.setVariable(VAR_STUDIO_ID, revocation.getStudioId());
    execution.setVariable(VAR_GROUND, revocation.getGround().name());
    execution.setVariable(VAR_REVOCATION_ID, revocation.getId());
    execution.setVariable(VAR_REVOKED, false);
  }
}
