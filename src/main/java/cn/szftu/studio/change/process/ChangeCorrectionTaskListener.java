package cn.szftu.studio.change.process;

import static cn.szftu.studio.change.StudioChangeProcess.*;

import cn.szftu.studio.application.process.CurrentActor;
import cn.szftu.studio.application.process.TaskFormInput;
import cn.szftu.studio.change.ChangeOutcome;
import cn.szftu.studio.change.ChangeType;
import cn.szftu.studio.change.StudioChange;
import cn.szftu.studio.change.StudioChangeService;
import cn.szftu.studio.change.form.ChangeFormValues;
import cn.szftu.studio.change.form.ChangeRequestFields;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 补正变更申请: the union returned the request. On create the form is prefilled with the stored request and the
 * union's reasons. On complete the applicant either resubmits (validated like the start form, for the same studio)
 * or withdraws.
 */
@Component("studioChangeCorrectionTask")
public class ChangeCorrectionTaskListener implements TaskListener {

  static final Set<String> FORM_FIELDS;

  static {
    Set<String> fields = new HashSet<>(ChangeRequestFields.KEYS);
    fields.add(FIELD_CORRECTION_REASONS);
    fields.add(FIELD_CORRECTION_CHOICE);
    FORM_FIELDS = Set.copyOf(fields);
  }

  private final StudioChangeService changes;
  private final CurrentActor actor;

  public ChangeCorrectionTaskListener(StudioChangeService changes, CurrentActor actor) {
    this.changes = changes;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    long changeId = TaskForms.changeId(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      StudioChange change = changes.get(changeId);
      Map<String, Object> values = new HashMap<>(ChangeFormValues.of(change,
          changes.studioOf(change).getNamingNumber()));
      values.put(FIELD_CORRECTION_REASONS, changes.lastDecision(changeId, ChangeOutcome.RETURN)
          .map(d -> d.getReasons()).orElse(null));
      TaskForms.prepare(task, values);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      Map<String, Object> submitted = TaskForms.submitted(task, FORM_FIELDS);
      CorrectionChoice choice = TaskFormInput.choice(submitted, FIELD_CORRECTION_CHOICE, "处理方式",
          CorrectionChoice.class);
      String user = actor.userId(task);
      if (choice == CorrectionChoice.WITHDRAW) {
        changes.withdraw(changeId, user);
      } else {
        Map<String, Object> request = new HashMap<>(submitted);
        request.keySet().retainAll(ChangeRequestFields.KEYS);
        // The form was prefilled for the earlier type: values the form now hides stay on the task, so drop them.
        ChangeType type = typeOf(request.get(ChangeRequestFields.CHANGE_TYPE));
        if (type != null) {
          request.keySet().removeAll(ChangeFormValues.notOf(type));
        }
        Routing.set(task.getExecution(), changes.resubmit(changeId, request, user));
      }
      task.getExecution().setVariable(VAR_CORRECTION_CHOICE, choice.name());
    }
  }

  private static ChangeType typeOf(Object raw) {
    for (ChangeType type : ChangeType.values()) {
      if (type.name().equals(raw)) {
        return type;
      }
    }
    return null;
  }
}
