package cn.szftu.studio.revocation.process;

import static cn.szftu.studio.revocation.BatchRevocationProcess.*;

import cn.szftu.studio.application.process.CurrentActor;
import cn.szftu.studio.revocation.BatchRevocation;
import cn.szftu.studio.revocation.BatchRevocationRequest;
import cn.szftu.studio.revocation.RevocationService;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The city office starts revoking a whole batch: checked like a single revocation, then one case per studio opens under
 * the batch (so no single revocation of those studios can start meanwhile). The batch code becomes the business key.
 */
@Component("batchRevocationStarted")
public class BatchRevocationStartedListener implements ExecutionListener {

  private final RevocationService revocations;
  private final CurrentActor actor;

  public BatchRevocationStartedListener(RevocationService revocations, CurrentActor actor) {
    this.revocations = revocations;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Map<String, Object> values = new HashMap<>(execution.getVariables());
    BatchRevocation batch = revocations.startBatch(BatchRevocationRequest.read(values),
        execution.getProcessInstanceId(), actor.userId());
    execution.removeVariables(values.keySet());
    execution.setProcessBusinessKey(batch.getBatchCode());
    execution.setVariable(VAR_BATCH_REVOCATION_ID, batch.getId());
    execution.setVariable(VAR_GROUND, batch.getGround().name());
    execution.setVariable(VAR_REVOKED, false);
  }
}
