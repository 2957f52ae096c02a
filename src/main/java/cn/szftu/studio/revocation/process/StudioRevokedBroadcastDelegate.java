package cn.szftu.studio.revocation.process;

import static cn.szftu.studio.revocation.StudioRevocationProcess.*;

import cn.szftu.studio.revocation.RevocationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 终止该工作室的其他流程: tells the studio's other processes that it is revoked (Message_StudioRevoked). */
@Component("studioRevokedBroadcast")
public class StudioRevokedBroadcastDelegate implements JavaDelegate {

  private final RevocationService revocations;
  private final StudioRevokedMessage message;

  public StudioRevokedBroadcastDelegate(RevocationService revocations, StudioRevokedMessage message) {
    this.revocations = revocations;
    this.message = message;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long studioId = revocations.get((Long) execution.getVariable(VAR_REVOCATION_ID)).getStudioId();
    message.send(revocations.studio(studioId).getNamingNumber(), execution);
  }
}
