package cn.szftu.studio.evaluation.process;

import static cn.szftu.studio.evaluation.ExpertEvaluationProcess.FIELD_DECISION;
import static cn.szftu.studio.evaluation.ExpertEvaluationProcess.FIELD_REASONS;
import static cn.szftu.studio.evaluation.ExpertEvaluationProcess.VAR_APPLICATION_ID;

import cn.szftu.studio.application.process.CaseFields;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** The city office's forms in the evaluation: the case, a read-only account of the situation, a decision, reasons. */
final class OfficeDecisionForm {

  static final String FIELD_SITUATION = "situation";
  static final Set<String> FIELDS;

  static {
    Set<String> fields = new HashSet<>(CaseFields.KEYS);
    fields.add(FIELD_SITUATION);
    fields.add(FIELD_DECISION);
    fields.add(FIELD_REASONS);
    FIELDS = Set.copyOf(fields);
  }

  private OfficeDecisionForm() {
  }

  /** Shows the case and the situation on the task; what the office submits lands on the task as well. */
  static void prepare(DelegateTask task, CaseFields caseFields, String situation) {
    Map<String, Object> values = caseFields.of((Long) task.getVariable(VAR_APPLICATION_ID));
    values.put(FIELD_SITUATION, situation);
    task.setVariablesLocal(values);
  }
}
