package cn.szftu.studio.naming.process;

import static cn.szftu.studio.batch.NamingBatchProcess.*;

import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.naming.NamingBatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** What the batch's tasks show (the batch and the ranked list, read-only) and how they read text input. */
final class BatchTaskForms {

  static final int MAX_TEXT = 4000;

  private BatchTaskForms() {
  }

  static Set<String> fields(String... inputs) {
    Set<String> fields = new HashSet<>(Set.of(FIELD_BATCH_TITLE, FIELD_PROPOSAL));
    fields.addAll(List.of(inputs));
    return Set.copyOf(fields);
  }

  static void prepare(DelegateTask task, NamingBatchService batches, String... inputs) {
    String code = (String) task.getVariable(VAR_BATCH_CODE);
    Map<String, Object> values = new HashMap<>();
    values.put(FIELD_BATCH_TITLE, batches.get(code).getTitle());
    values.put(FIELD_PROPOSAL, batches.proposalText(code));
    for (String input : inputs) {
      values.put(input, null);
    }
    task.setVariablesLocal(values);
  }

  static String text(Map<String, Object> submitted, String field, String label, boolean required) {
    Object raw = submitted.get(field);
    if (raw != null && !(raw instanceof String)) {
      throw new InvalidSubmissionException(new FieldProblem(field, label, "应为文字"));
    }
    String text = raw == null ? "" : ((String) raw).strip();
    if (required && text.isEmpty()) {
      throw new InvalidSubmissionException(new FieldProblem(field, label, "不能为空"));
    }
    if (text.length() > MAX_TEXT) {
      throw new InvalidSubmissionException(new FieldProblem(field, label,
          "不能超过 " + MAX_TEXT + " 个字符（现为 " + text.length() + " 个）"));
    }
    return text.isEmpty() ? null : text;
  }
}
