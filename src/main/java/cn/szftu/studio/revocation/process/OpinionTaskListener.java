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

/** 市总工会提出处理意见: with the defence (or its absence) in view, the office proposes to revoke or not, with reasons. */
@Component("revocationOpinionTask")
public class OpinionTaskListener implements TaskListener {

  static final List<String> SHOWN = List.of(FIELD_STUDIO, FIELD_GROUND_LABEL, FIELD_BASIS, FIELD_DEFENCE_SUMMARY);
  static final Set<String> FORM_FIELDS = RevocationForms.fields(SHOWN, FIELD_OPINION, FIELD_OPINION_REASONS);

  private final RevocationService revocations;
  private final RevocationCases cases;
  private final CurrentActor actor;

  public OpinionTaskListener(RevocationService revocations, RevocationCases cases, CurrentActor actor) {
    this.revocations = revocations;
    this.cases = cases;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    StudioRevocation revocation = cases.of(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      Map<String, Object> shown = RevocationForms.caseFields(revocations, revocation);
      shown.put(FIELD_DEFENCE_SUMMARY, RevocationTexts.defence(revocation));
      RevocationForms.prepare(task, shown);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      FormProblems form = RevocationForms.submitted(task, FORM_FIELDS, cases);
      Opinion opinion = form.choice(FIELD_OPINION, "处理意见", Opinion.class);
      String reasons = form.text(FIELD_OPINION_REASONS, "理由", true, RevocationForms.MAX_REASONS);
      form.throwIfAny();
      revocations.opinion(revocation.getId(), opinion, reasons, actor.userId(task));
      task.getExecution().setVariable(VAR_OPINION, opinion.name());
    }
  }
}
