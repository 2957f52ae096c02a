package cn.szftu.studio.revocation.process;

import cn.szftu.studio.revocation.BatchRevocation;
import cn.szftu.studio.revocation.BatchRevocationProcess;
import cn.szftu.studio.revocation.RevocationService;
import cn.szftu.studio.revocation.StudioRevocation;
import cn.szftu.studio.revocation.StudioRevocationProcess;
import cn.szftu.studio.revocation.StudioRevocationProcess.Decision;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Which revocation case a step works on, and what its process variables must be.
 *
 * <p>A task form submission can write any variable that already exists in the process (the engine sets a submitted
 * name where it finds it). So the steps never take a case id from a variable once users have had a task: they find the
 * case from the engine's own ids (see {@link RevocationService#caseAt}), and every task completion checks that the
 * variables still say what the records say; a submission that changed one is refused like an unknown field.
 */
@Component
public class RevocationCases {

  private static final Set<String> SINGLE = StudioRevocationProcess.PROCESS_VARIABLES;
  private static final Set<String> BATCH = Set.of(BatchRevocationProcess.VAR_BATCH_REVOCATION_ID,
      BatchRevocationProcess.VAR_GROUND, BatchRevocationProcess.VAR_DECISION, BatchRevocationProcess.VAR_REVOKED,
      BatchRevocationProcess.VAR_REVOCATION_ID);

  private final RevocationService revocations;

  public RevocationCases(RevocationService revocations) {
    this.revocations = revocations;
  }

  public StudioRevocation of(DelegateTask task) {
    return revocations.caseAt(task.getProcessInstanceId(), task.getExecutionId());
  }

  public StudioRevocation of(DelegateExecution execution) {
    return revocations.caseAt(execution.getProcessInstanceId(), execution.getId());
  }

  public Optional<BatchRevocation> batchOf(String processInstanceId) {
    return revocations.batchOf(processInstanceId);
  }

  /**
   * The case a decision is to be carried out for: the process's single case, or in a batch the multi-instance's
   * element variable (set by the engine on the instance, nearer than any process variable), which must belong to this
   * process.
   */
  public long toCarryOut(DelegateExecution execution) {
    if (revocations.batchOf(execution.getProcessInstanceId()).isEmpty()) {
      return of(execution).getId();
    }
    return (Long) execution.getVariable(BatchRevocationProcess.VAR_REVOCATION_ID);
  }

  /** Names of variables that differ from the records; empty when the submission left them alone. */
  public Set<String> tampered(DelegateTask task) {
    Optional<BatchRevocation> batch = revocations.batchOf(task.getProcessInstanceId());
    Map<String, Object> expected = new HashMap<>();
    Set<String> names;
    if (batch.isPresent()) {
      names = BATCH;
      BatchRevocation b = batch.get();
      expected.put(BatchRevocationProcess.VAR_BATCH_REVOCATION_ID, b.getId());
      expected.put(BatchRevocationProcess.VAR_GROUND, b.getGround().name());
      expected.put(BatchRevocationProcess.VAR_REVOKED, b.getDecision() == Decision.REVOKE);
      expected.put(BatchRevocationProcess.VAR_DECISION, b.getDecision() == null ? null : b.getDecision().name());
      if (b.getDecision() != null) {
        expected.put(BatchRevocationProcess.VAR_REVOCATION_ID, of(task).getId());
      }
    } else {
      names = SINGLE;
      StudioRevocation c = of(task);
      expected.put(StudioRevocationProcess.VAR_STUDIO_ID, c.getStudioId());
      expected.put(StudioRevocationProcess.VAR_GROUND, c.getGround().name());
      expected.put(StudioRevocationProcess.VAR_REVOCATION_ID, c.getId());
      expected.put(StudioRevocationProcess.VAR_REVOKED, c.getDecision() == Decision.REVOKE);
      expected.put(StudioRevocationProcess.VAR_DEFENCE_DUE_AT,
          c.getDefenceDueAt() == null ? null : Date.from(c.getDefenceDueAt()));
      expected.put(StudioRevocationProcess.VAR_DEFENCE_OUTCOME, name(c.getDefenceOutcome()));
      expected.put(StudioRevocationProcess.VAR_OPINION, name(c.getOpinion()));
      expected.put(StudioRevocationProcess.VAR_DECISION, name(c.getDecision()));
    }
    Set<String> tampered = new LinkedHashSet<>();
    for (String name : names) {
      if (!Objects.equals(expected.get(name), task.getExecution().getVariable(name))) {
        tampered.add(name);
      }
    }
    return tampered;
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
