package cn.szftu.studio.naming.process;

import static cn.szftu.studio.batch.NamingBatchProcess.*;

import cn.szftu.studio.application.process.TaskFormInput;
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
    return TaskFormInput.text(submitted, field, label, required, MAX_TEXT, "不能为空");
  }
}
