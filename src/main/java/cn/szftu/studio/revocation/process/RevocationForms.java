package cn.szftu.studio.revocation.process;

import static cn.szftu.studio.revocation.StudioRevocationProcess.*;

import cn.szftu.studio.application.process.SubmittedFields;
import cn.szftu.studio.revocation.BatchRevocationProcess;
import cn.szftu.studio.revocation.FormProblems;
import cn.szftu.studio.revocation.RevocationService;
import cn.szftu.studio.revocation.StudioRevocation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** The read-only case fields every revocation task shows, and reading a task's submission. */
final class RevocationForms {

  static final int MAX_TEXT = 4000;
  static final int MAX_REASONS = 2000;
  static final int MAX_NOTE = 500;
  static final int MAX_DECISION_NUMBER = 100;

  /** Process variables of either process (the plaque tasks serve both). */
  static final Set<String> ANY_PROCESS_VARIABLES;

  static {
    Set<String> names = new HashSet<>(PROCESS_VARIABLES);
    names.addAll(BatchRevocationProcess.PROCESS_VARIABLES);
    ANY_PROCESS_VARIABLES = Set.copyOf(names);
  }

  private RevocationForms() {
  }

  static Set<String> fields(List<String> shown, String... inputs) {
    Set<String> fields = new HashSet<>(shown);
    fields.addAll(List.of(inputs));
    return Set.copyOf(fields);
  }

  /** Shows {@code shown} as task-local variables; the submitted inputs land on the task too. */
  static void prepare(DelegateTask task, Map<String, Object> shown) {
    task.setVariablesLocal(shown);
  }

  static Map<String, Object> caseFields(RevocationService revocations, StudioRevocation revocation) {
    Map<String, Object> values = new HashMap<>();
    values.put(FIELD_STUDIO, RevocationTexts.studio(revocations.studio(revocation.getStudioId())));
    values.put(FIELD_GROUND_LABEL, revocation.getGround().label());
    values.put(FIELD_BASIS, revocation.getBasis());
    return values;
  }

  /**
   * The submitted values, refused outright when they name a field the form does not have or overwrite one of the
   * process's variables (see {@link RevocationCases}); the values themselves are then checked by the caller.
   */
  static FormProblems submitted(DelegateTask task, Set<String> formFields, RevocationCases cases) {
    Map<String, Object> submitted = SubmittedFields.of(task, formFields, ANY_PROCESS_VARIABLES);
    FormProblems form = new FormProblems(submitted);
    cases.tampered(task).forEach(name -> form.add(name, name, "不是本表单的字段"));
    form.throwIfAny();
    return form;
  }
}
