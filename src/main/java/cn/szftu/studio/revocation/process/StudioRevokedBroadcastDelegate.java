package cn.szftu.studio.revocation.process;

import cn.szftu.studio.revocation.RevocationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 终止该工作室的其他流程: tells the studio's other processes that it is revoked (Message_StudioRevoked). */
@Component("studioRevokedBroadcast")
public class StudioRevokedBroadcastDelegate implements JavaDelegate {

  private final RevocationService revocations;
  private final RevocationCases cases;
  private final StudioRevokedMessage message;

  public StudioRevokedBroadcastDelegate(RevocationService revocations, RevocationCases cases,
      StudioRevokedMessage message) {
    this.revocations = revocations;
    this.cases = cases;
    this.message = message;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long studioId = cases.of(execution).getStudioId();
    message.send(revocations.studio(studioId).getNamingNumber(), execution);
  }
}
