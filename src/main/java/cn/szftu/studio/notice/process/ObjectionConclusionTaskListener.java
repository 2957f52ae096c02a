package cn.szftu.studio.notice.process;

import static cn.szftu.studio.application.ApplicationProcess.*;

import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.application.DecisionOutcome;
import cn.szftu.studio.application.DecisionStep;
import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.application.process.CaseFields;
import cn.szftu.studio.application.process.CurrentActor;
import cn.szftu.studio.application.process.SubmittedFields;
import cn.szftu.studio.notice.Objection;
import cn.szftu.studio.notice.ObjectionService;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 市总工会认定异议: 成立 (the studio leaves the list) or 不成立, with reasons either way; the conclusion is recorded on
 * the application, where the applicant sees it.
 */
@Component("objectionConclusionTask")
public class ObjectionConclusionTaskListener implements TaskListener {

  static final String SUBSTANTIATED = "SUBSTANTIATED";
  static final String REJECTED = "REJECTED";
  static final Set<String> FORM_FIELDS = ObjectionForms.fields(ObjectionForms.FIELD_FINDINGS, FIELD_DECISION,
      FIELD_REASONS);

  private final ObjectionService objections;
  private final ApplicationService applications;
  private final CaseFields caseFields;
  private final CurrentActor actor;

  public ObjectionConclusionTaskListener(ObjectionService objections, ApplicationService applications,
      CaseFields caseFields, CurrentActor actor) {
    this.objections = objections;
    this.applications = applications;
    this.caseFields = caseFields;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    long objectionId = (Long) task.getVariable(VAR_OBJECTION_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      Objection objection = objections.get(objectionId);
      ObjectionForms.prepare(task, caseFields, objection);
      task.setVariableLocal(ObjectionForms.FIELD_FINDINGS, objection.getUnionFindings());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      Map<String, Object> submitted = SubmittedFields.of(task, FORM_FIELDS, PROCESS_VARIABLES);
      Object decision = submitted.get(FIELD_DECISION);
      if (!SUBSTANTIATED.equals(decision) && !REJECTED.equals(decision)) {
        throw new InvalidSubmissionException(new FieldProblem(FIELD_DECISION, "认定结论",
            decision == null ? "请选择认定结论" : "“" + decision + "”不是可选的认定结论"));
      }
      String reasons = ObjectionForms.text(submitted, FIELD_REASONS, "认定理由", "请填写认定理由");
      boolean substantiated = SUBSTANTIATED.equals(decision);
      String user = actor.userId(task);
      objections.conclude(objectionId, substantiated, reasons, user);
      Objection objection = objections.get(objectionId);
      applications.record(applications.get(objection.getApplicationId()), DecisionStep.OBJECTION,
          substantiated ? DecisionOutcome.OBJECTION_SUBSTANTIATED : DecisionOutcome.OBJECTION_REJECTED,
          objection.getReference() + "：" + reasons, user, null);
    }
  }
}
