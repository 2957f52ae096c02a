package cn.szftu.studio.revocation.process;

import static cn.szftu.studio.revocation.StudioRevocationProcess.*;

import cn.szftu.studio.application.process.CurrentActor;
import cn.szftu.studio.revocation.FormProblems;
import cn.szftu.studio.revocation.RevocationService;
import cn.szftu.studio.revocation.StudioRevocation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 提交申辩意见: the host unit reads the ground and the facts and either submits its defence (text required) or waives
 * it. Once the deadline passes, the boundary timer ends the task instead.
 */
@Component("revocationDefenceTask")
public class DefenceTaskListener implements TaskListener {

  static final List<String> SHOWN = List.of(FIELD_STUDIO, FIELD_GROUND_LABEL, FIELD_BASIS, FIELD_DEFENCE_DUE);
  static final Set<String> FORM_FIELDS = RevocationForms.fields(SHOWN, FIELD_DEFENCE_CHOICE, FIELD_DEFENCE);

  private final RevocationService revocations;
  private final RevocationCases cases;
  private final CurrentActor actor;

  public DefenceTaskListener(RevocationService revocations, RevocationCases cases, CurrentActor actor) {
    this.revocations = revocations;
    this.cases = cases;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    StudioRevocation revocation = cases.of(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      Map<String, Object> shown = RevocationForms.caseFields(revocations, revocation);
      shown.put(FIELD_DEFENCE_DUE, RevocationTexts.deadline(revocation.getDefenceDueAt()));
      RevocationForms.prepare(task, shown);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      FormProblems form = RevocationForms.submitted(task, FORM_FIELDS, cases);
      DefenceChoice choice = form.choice(FIELD_DEFENCE_CHOICE, "是否申辩", DefenceChoice.class);
      String text = form.text(FIELD_DEFENCE, "申辩意见", choice == DefenceChoice.SUBMIT, RevocationForms.MAX_TEXT);
      form.throwIfAny();
      DefenceOutcome outcome = choice == DefenceChoice.SUBMIT ? DefenceOutcome.SUBMITTED : DefenceOutcome.WAIVED;
      revocations.defence(revocation.getId(), outcome, text, actor.userId(task));
      task.getExecution().setVariable(VAR_DEFENCE_OUTCOME, outcome.name());
    }
  }
}
