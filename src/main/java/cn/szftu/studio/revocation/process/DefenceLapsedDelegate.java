package cn.szftu.studio.revocation.process;

import static cn.szftu.studio.revocation.StudioRevocationProcess.*;

import cn.szftu.studio.revocation.RevocationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录逾期未申辩: the deadline passed; the case goes on without a defence and the record says why. */
@Component("revocationDefenceLapsed")
public class DefenceLapsedDelegate implements JavaDelegate {

  private final RevocationService revocations;

  public DefenceLapsedDelegate(RevocationService revocations) {
    this.revocations = revocations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    revocations.defenceLapsed((Long) execution.getVariable(VAR_REVOCATION_ID));
    execution.setVariable(VAR_DEFENCE_OUTCOME, DefenceOutcome.LAPSED.name());
  }
}
