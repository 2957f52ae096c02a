package cn.szftu.studio.revocation.process;

import static cn.szftu.studio.revocation.StudioRevocationProcess.MESSAGE_STUDIO_REVOKED;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Component;

/**
 * Correlates Message_StudioRevoked to every process of the studio (business key = naming number) that waits for it,
 * except the revoking process itself and the processes that called it: a change that called revocation (host unit
 * moved away) learns the outcome from the call's {@code revoked} and must not be interrupted while it is calling.
 * Each instance is correlated by id, which is {@code correlateAll} on the business key minus those callers.
 */
@Component
public class StudioRevokedMessage {

  private final RuntimeService runtimeService;

  public StudioRevokedMessage(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** Answers how many process instances received the message. */
  public int send(String namingNumber, DelegateExecution from) {
    Set<String> excluded = selfAndCallers(from);
    Set<String> receivers = new LinkedHashSet<>();
    for (Execution waiting : runtimeService.createExecutionQuery().messageEventSubscriptionName(MESSAGE_STUDIO_REVOKED)
        .processInstanceBusinessKey(namingNumber).list()) {
      if (!excluded.contains(waiting.getProcessInstanceId())) {
        receivers.add(waiting.getProcessInstanceId());
      }
    }
    for (String instance : receivers) {
      runtimeService.createMessageCorrelation(MESSAGE_STUDIO_REVOKED).processInstanceBusinessKey(namingNumber)
          .processInstanceId(instance).correlateAll();
    }
    return receivers.size();
  }

  private static Set<String> selfAndCallers(DelegateExecution from) {
    Set<String> ids = new HashSet<>();
    DelegateExecution instance = from.getProcessInstance();
    while (instance != null) {
      ids.add(instance.getId());
      DelegateExecution caller = instance.getSuperExecution();
      instance = caller == null ? null : caller.getProcessInstance();
    }
    return ids;
  }
}
