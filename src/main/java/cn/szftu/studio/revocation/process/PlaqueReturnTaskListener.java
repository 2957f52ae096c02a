package cn.szftu.studio.revocation.process;

import static cn.szftu.studio.revocation.StudioRevocationProcess.*;

import cn.szftu.studio.application.process.CurrentActor;
import cn.szftu.studio.revocation.FormProblems;
import cn.szftu.studio.revocation.RevocationService;
import cn.szftu.studio.revocation.StudioRevocation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 交回标牌: the host unit confirms it has handed back the plaque and certificate of the revoked studio. */
@Component("plaqueReturnTask")
public class PlaqueReturnTaskListener implements TaskListener {

  static final List<String> SHOWN = List.of(FIELD_STUDIO, FIELD_GROUND_LABEL, FIELD_DECISION_SUMMARY,
      FIELD_PLAQUE_DUE);
  static final Set<String> FORM_FIELDS = RevocationForms.fields(SHOWN, FIELD_PLAQUE_RETURNED, FIELD_NOTE);

  private final RevocationService revocations;
  private final RevocationCases cases;
  private final CurrentActor actor;

  public PlaqueReturnTaskListener(RevocationService revocations, RevocationCases cases, CurrentActor actor) {
    this.revocations = revocations;
    this.cases = cases;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    StudioRevocation revocation = cases.of(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      Map<String, Object> shown = new HashMap<>();
      shown.put(FIELD_STUDIO, RevocationTexts.studio(revocations.studio(revocation.getStudioId())));
      shown.put(FIELD_GROUND_LABEL, revocation.getGround().label());
      shown.put(FIELD_DECISION_SUMMARY,
          RevocationTexts.decision(revocation.getDecisionNumber(), revocation.getDecisionDate()));
      shown.put(FIELD_PLAQUE_DUE, RevocationTexts.deadline(revocation.getPlaqueDueAt()));
      RevocationForms.prepare(task, shown);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      FormProblems form = RevocationForms.submitted(task, FORM_FIELDS, cases);
      form.ticked(FIELD_PLAQUE_RETURNED, "已交回标牌和证书", "交回标牌和证书后请勾选确认");
      String note = form.text(FIELD_NOTE, "交回说明", false, RevocationForms.MAX_NOTE);
      form.throwIfAny();
      revocations.plaqueReturned(revocation.getId(), note, actor.userId(task));
    }
  }
}
