package cn.szftu.studio.revocation.process;

import static cn.szftu.studio.revocation.StudioRevocationProcess.*;

import cn.szftu.studio.application.process.CurrentActor;
import cn.szftu.studio.revocation.RevocationService;
import cn.szftu.studio.revocation.StudioRevocation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 领导研究决定是否撤销: the decision body sees the case, the defence, the office's opinion and what the ban would be,
 * and decides; {@code revoked} is the process's answer to a caller.
 */
@Component("revocationDecisionTask")
public class DecisionTaskListener implements TaskListener {

  static final List<String> SHOWN = List.of(FIELD_STUDIO, FIELD_GROUND_LABEL, FIELD_BASIS, FIELD_DEFENCE_SUMMARY,
      FIELD_OPINION_SUMMARY, FIELD_DECISION_SUMMARY);
  static final Set<String> FORM_FIELDS = RevocationForms.fields(SHOWN, DecisionInput.FIELDS);

  private final RevocationService revocations;
  private final RevocationCases cases;
  private final CurrentActor actor;
  private final Clock clock;

  public DecisionTaskListener(RevocationService revocations, RevocationCases cases, CurrentActor actor, Clock clock) {
    this.revocations = revocations;
    this.cases = cases;
    this.actor = actor;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    StudioRevocation revocation = cases.of(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      Map<String, Object> shown = RevocationForms.caseFields(revocations, revocation);
      shown.put(FIELD_DEFENCE_SUMMARY, RevocationTexts.defence(revocation));
      shown.put(FIELD_OPINION_SUMMARY, RevocationTexts.opinion(revocation));
      shown.put(FIELD_DECISION_SUMMARY, RevocationTexts.ban(revocations.properties(), revocation.getGround(),
          LocalDate.now(clock)));
      RevocationForms.prepare(task, shown);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      DecisionInput input = DecisionInput.read(RevocationForms.submitted(task, FORM_FIELDS, cases), LocalDate.now(clock));
      revocations.decide(revocation.getId(), input.decision(), input.number(), input.date(), input.reasons(),
          actor.userId(task));
      task.getExecution().setVariable(VAR_DECISION, input.decision().name());
      task.getExecution().setVariable(VAR_REVOKED, input.decision() == Decision.REVOKE);
    }
  }
}
