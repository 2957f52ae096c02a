package cn.szftu.studio.notice.process;

import static cn.szftu.studio.application.ApplicationProcess.VAR_APPLICATION_ID;

import cn.szftu.studio.DisplayDates;
import cn.szftu.studio.application.process.CaseFields;
import cn.szftu.studio.application.process.TaskFormInput;
import cn.szftu.studio.notice.Objection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** The fields the objection tasks share: the case, the objection (read-only) and the reviewer's input. */
final class ObjectionForms {

  static final String FIELD_REFERENCE = "objectionReference";
  static final String FIELD_OBJECTION = "objectionText";
  static final String FIELD_FINDINGS = "findings";
  static final int MAX_TEXT = 2000;

  private ObjectionForms() {
  }

  static Set<String> fields(String... inputs) {
    Set<String> fields = new HashSet<>(CaseFields.KEYS);
    fields.add(FIELD_REFERENCE);
    fields.add(FIELD_OBJECTION);
    fields.addAll(List.of(inputs));
    return Set.copyOf(fields);
  }

  /** The objector's mobile is shown to the reviewers (they may need to ask), never on any public page. */
  static void prepare(DelegateTask task, CaseFields caseFields, Objection objection) {
    Map<String, Object> values = caseFields.of((Long) task.getVariable(VAR_APPLICATION_ID));
    values.put(FIELD_REFERENCE, objection.getReference());
    values.put(FIELD_OBJECTION, "异议人：" + objection.getObjectorName() + "（" + objection.getObjectorMobile() + "）\n"
        + "提出时间：" + DisplayDates.dateTime(objection.getLodgedAt()) + "\n"
        + (objection.getEvidenceName() == null ? "" : "附件：" + objection.getEvidenceName() + "\n")
        + "事实和理由：\n" + objection.getFacts());
    task.setVariablesLocal(values);
  }

  static String text(Map<String, Object> submitted, String field, String label, String whenMissing) {
    return TaskFormInput.text(submitted, field, label, true, MAX_TEXT, whenMissing);
  }
}
