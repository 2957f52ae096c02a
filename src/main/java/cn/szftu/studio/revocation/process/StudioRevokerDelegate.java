package cn.szftu.studio.revocation.process;

import cn.szftu.studio.revocation.RevocationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 撤销命名并登记名录: carries out the decision for one studio (alone, or one of a batch). */
@Component("studioRevoker")
public class StudioRevokerDelegate implements JavaDelegate {

  private final RevocationService revocations;
  private final RevocationCases cases;

  public StudioRevokerDelegate(RevocationService revocations, RevocationCases cases) {
    this.revocations = revocations;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    revocations.revoke(cases.toCarryOut(execution), execution.getProcessInstanceId(), execution.getId());
  }
}
