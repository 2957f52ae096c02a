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
  private final RevocationCases cases;

  public DefenceLapsedDelegate(RevocationService revocations, RevocationCases cases) {
    this.revocations = revocations;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    revocations.defenceLapsed(cases.of(execution).getId());
    execution.setVariable(VAR_DEFENCE_OUTCOME, DefenceOutcome.LAPSED.name());
  }
}
