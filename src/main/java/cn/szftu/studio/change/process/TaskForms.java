package cn.szftu.studio.change.process;

import static cn.szftu.studio.change.StudioChangeProcess.PROCESS_VARIABLES;
import static cn.szftu.studio.change.StudioChangeProcess.VAR_CHANGE_ID;

import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.application.process.FormValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The values of a change's task forms live on the task: a submitted form's values are set there (the engine's form
 * handler is replaced for every user task), and a submission naming anything but the form's fields is refused. The
 * listeners read process variables from the execution.
 */
final class TaskForms {

  private TaskForms() {
  }

  static void prepare(DelegateTask task, Map<String, Object> fields) {
    task.setVariablesLocal(fields);
  }

  /** The submitted form values; refused as a whole when a value names anything but the form's fields. */
  static Map<String, Object> submitted(DelegateTask task, Set<String> formFields) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, Object> local = FormValues.plain(task.getVariablesLocal());
    Map<String, Object> submitted = new HashMap<>();
    local.forEach((name, value) -> {
      if (formFields.contains(name)) {
        submitted.put(name, value);
      } else if (!PROCESS_VARIABLES.contains(name) || value != null) {
        problems.add(new FieldProblem(name, name, "不是本表单的字段"));
      }
    });
    for (String name : task.getExecution().getVariableNames()) {
      if (!PROCESS_VARIABLES.contains(name)) {
        problems.add(new FieldProblem(name, name, "不是本表单的字段"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidSubmissionException(problems);
    }
    return submitted;
  }

  static long changeId(DelegateTask task) {
    return (Long) task.getExecution().getVariable(VAR_CHANGE_ID);
  }
}
