package cn.szftu.studio.revocation.process;

import static cn.szftu.studio.revocation.StudioRevocationProcess.*;

import cn.szftu.studio.DisplayDates;
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

/** 确认收回标牌: the city office confirms it received the plaque and certificate; the case is then closed. */
@Component("plaqueReceiptTask")
public class PlaqueReceiptTaskListener implements TaskListener {

  static final List<String> SHOWN = List.of(FIELD_STUDIO, FIELD_DECISION_SUMMARY, FIELD_RETURN_SUMMARY);
  static final Set<String> FORM_FIELDS = RevocationForms.fields(SHOWN, FIELD_PLAQUE_RECEIVED, FIELD_NOTE);

  private final RevocationService revocations;
  private final RevocationCases cases;
  private final CurrentActor actor;

  public PlaqueReceiptTaskListener(RevocationService revocations, RevocationCases cases, CurrentActor actor) {
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
      shown.put(FIELD_DECISION_SUMMARY,
          RevocationTexts.decision(revocation.getDecisionNumber(), revocation.getDecisionDate()));
      shown.put(FIELD_RETURN_SUMMARY, "依托单位于 " + DisplayDates.dateTime(revocation.getPlaqueReturnedAt())
          + " 确认已交回" + (revocation.getPlaqueNote() == null ? "。" : "，说明：" + revocation.getPlaqueNote()));
      RevocationForms.prepare(task, shown);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      FormProblems form = RevocationForms.submitted(task, FORM_FIELDS, cases);
      form.ticked(FIELD_PLAQUE_RECEIVED, "已收回标牌和证书", "收到标牌和证书后请勾选确认");
      String note = form.text(FIELD_NOTE, "收回说明", false, RevocationForms.MAX_NOTE);
      form.throwIfAny();
      revocations.plaqueReceived(revocation.getId(), note, actor.userId(task));
    }
  }
}
