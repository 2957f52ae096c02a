package cn.szftu.studio.notice.process;

import static cn.szftu.studio.application.ApplicationProcess.*;

import cn.szftu.studio.application.process.CaseFields;
import cn.szftu.studio.application.process.CurrentActor;
import cn.szftu.studio.application.process.SubmittedFields;
import cn.szftu.studio.notice.ObjectionService;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 推荐单位核查异议: the recommending union looks into the facts and reports its findings (required). */
@Component("objectionVerificationTask")
public class ObjectionVerificationTaskListener implements TaskListener {

  static final Set<String> FORM_FIELDS = ObjectionForms.fields(ObjectionForms.FIELD_FINDINGS);

  private final ObjectionService objections;
  private final CaseFields caseFields;
  private final CurrentActor actor;

  public ObjectionVerificationTaskListener(ObjectionService objections, CaseFields caseFields, CurrentActor actor) {
    this.objections = objections;
    this.caseFields = caseFields;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    long objectionId = (Long) task.getVariable(VAR_OBJECTION_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      ObjectionForms.prepare(task, caseFields, objections.get(objectionId));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      Map<String, Object> submitted = SubmittedFields.of(task, FORM_FIELDS, PROCESS_VARIABLES);
      String findings = ObjectionForms.text(submitted, ObjectionForms.FIELD_FINDINGS, "核查情况", "请填写核查情况");
      objections.recordVerification(objectionId, findings, actor.userId(task));
    }
  }
}
