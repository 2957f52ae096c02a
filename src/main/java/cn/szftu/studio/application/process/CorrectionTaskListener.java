package cn.szftu.studio.application.process;

import static cn.szftu.studio.application.ApplicationProcess.*;

import cn.szftu.studio.application.Application;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.application.DecisionOutcome;
import cn.szftu.studio.application.DecisionStep;
import cn.szftu.studio.application.form.ApplicationFields;
import cn.szftu.studio.application.form.ApplicationFormValues;
import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_CorrectApplication. On create: the form is prefilled with the stored application, the reasons and the
 * deadline, all as task-local variables. On complete: either the corrected application (validated like the start
 * form) replaces the stored one, or the applicant withdraws.
 */
@Component("correctionTask")
public class CorrectionTaskListener implements TaskListener {

  static final Set<String> FORM_FIELDS;

  static {
    Set<String> fields = new HashSet<>(ApplicationFields.KEYS);
    fields.addAll(Set.of(FIELD_CORRECTION_CHOICE, FIELD_CORRECTION_REASONS, FIELD_CORRECTION_DEADLINE,
        FIELD_APPLICATION_NUMBER));
    FORM_FIELDS = Set.copyOf(fields);
  }

  private final ApplicationService applications;
  private final CurrentActor actor;

  public CorrectionTaskListener(ApplicationService applications, CurrentActor actor) {
    this.applications = applications;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      prepare(task);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      complete(task);
    }
  }

  private void prepare(DelegateTask task) {
    Application application = applications.get((Long) task.getVariable(VAR_APPLICATION_ID));
    Map<String, Object> values = new HashMap<>(ApplicationFormValues.of(applications.content(application)));
    values.put(FIELD_APPLICATION_NUMBER, application.getNumber());
    values.put(FIELD_CORRECTION_REASONS, task.getVariable(VAR_CORRECTION_REASONS));
    Date deadline = (Date) task.getVariable(VAR_CORRECTION_DEADLINE);
    values.put(FIELD_CORRECTION_DEADLINE, "请于 " + ReviewTaskListener.formatDeadline(deadline)
        + " 前重新提交，逾期视为撤回申报");
    task.setVariablesLocal(values);
  }

  private void complete(DelegateTask task) {
    Map<String, Object> submitted = SubmittedFields.of(task, FORM_FIELDS);
    long applicationId = (Long) task.getVariable(VAR_APPLICATION_ID);
    String user = actor.userId(task);
    Object choice = submitted.get(FIELD_CORRECTION_CHOICE);
    if (CorrectionChoice.WITHDRAW.name().equals(choice)) {
      applications.record(applications.get(applicationId), DecisionStep.WITHDRAWAL, DecisionOutcome.WITHDRAWN,
          "申报人在补正时撤回申报", user, null);
    } else if (CorrectionChoice.RESUBMIT.name().equals(choice)) {
      Map<String, Object> application = new HashMap<>(submitted);
      application.keySet().retainAll(ApplicationFields.KEYS);
      applications.resubmit(applicationId, application, user);
    } else {
      throw new InvalidSubmissionException(new FieldProblem(FIELD_CORRECTION_CHOICE, "处理方式",
          "请选择“修改后重新提交”或“撤回申报”"));
    }
    task.getExecution().setVariable(VAR_CORRECTION_CHOICE, choice);
  }
}
