package cn.szftu.studio.application.process;

import cn.szftu.studio.application.ApplicationProcess;
import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a task form submitted. A submitted form's values are set on the task ({@code TaskLocalFormSubmission}); a value
 * under any other name (mass assignment through the REST API) is refused.
 */
public final class SubmittedFields {

  private SubmittedFields() {
  }

  static Map<String, Object> of(DelegateTask task, Set<String> formFields) {
    return of(task, formFields, ApplicationProcess.PROCESS_VARIABLES);
  }

  /** The submitted form values of a task whose process keeps exactly {@code processVariables}. */
  public static Map<String, Object> of(DelegateTask task, Set<String> formFields, Set<String> processVariables) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, Object> local = FormValues.plain(task.getVariablesLocal());
    for (String name : local.keySet()) {
      if (!formFields.contains(name)) {
        problems.add(new FieldProblem(name, name, "不是本表单的字段"));
      }
    }
    for (String name : task.getExecution().getVariableNames()) {
      if (!processVariables.contains(name)) {
        problems.add(new FieldProblem(name, name, "不是本表单的字段"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidSubmissionException(problems);
    }
    return local;
  }
}
