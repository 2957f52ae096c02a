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
 * The values of a change's task forms live on the task. Tasklist and the REST API set every submitted value on the
 * task, where an existing task-local variable keeps it; any other name would land on the process. So the form's
 * fields, and the process's own variables too (empty), are task-local from the start: a submission that names a
 * process variable (say {@code changeType}, to skip the decision body) stays on the task and is refused, and any
 * other unknown name reaches the process and is refused as well. The listeners read process variables from the
 * execution, past the task's empty shadows.
 */
final class TaskForms {

  private TaskForms() {
  }

  static void prepare(DelegateTask task, Map<String, Object> fields) {
    Map<String, Object> local = new HashMap<>(fields);
    PROCESS_VARIABLES.forEach(name -> local.putIfAbsent(name, null));
    task.setVariablesLocal(local);
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
