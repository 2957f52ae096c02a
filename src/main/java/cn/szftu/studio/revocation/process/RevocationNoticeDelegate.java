package cn.szftu.studio.revocation.process;

import static cn.szftu.studio.revocation.StudioRevocationProcess.*;

import cn.szftu.studio.revocation.RevocationService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 告知拟撤销事由: records the notice and sets the defence deadline that the task's due date and timer read. */
@Component("revocationNotice")
public class RevocationNoticeDelegate implements JavaDelegate {

  private final RevocationService revocations;
  private final RevocationCases cases;

  public RevocationNoticeDelegate(RevocationService revocations, RevocationCases cases) {
    this.revocations = revocations;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = cases.of(execution).getId();
    execution.setVariable(VAR_DEFENCE_DUE_AT, Date.from(revocations.notifyStudio(id)));
  }
}
