package cn.szftu.studio.naming.process;

import static cn.szftu.studio.batch.NamingBatchProcess.*;

import cn.szftu.studio.application.process.TaskFormInput;
import cn.szftu.studio.naming.NamingBatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/** What the batch's tasks show (the batch and the ranked list, read-only) and how they read text input. */
final class BatchTaskForms {

  static final int MAX_TEXT = 4000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private BatchTaskForms() {
  }

  static Set<String> fields(String... inputs) {
    Set<String> fields = new HashSet<>(Set.of(FIELD_BATCH_TITLE, FIELD_PROPOSAL));
    fields.addAll(List.of(inputs));
    return Set.copyOf(fields);
  }

  static void prepare(DelegateTask task, NamingBatchService batches) {
    String code = (String) task.getVariable(VAR_BATCH_CODE);
    Map<String, Object> values = new HashMap<>();
    values.put(FIELD_BATCH_TITLE, batches.get(code).getTitle());
    values.put(FIELD_PROPOSAL, longText(batches.proposalText(code)));
    task.setVariablesLocal(values);
  }

  /**
   * The ranked list of a batch of more than about 40 applications is longer than the 4,000 characters a string
   * variable may hold (its database column): it is stored as a JSON string, which Tasklist parses back into the text
   * the read-only field shows.
   */
  static TypedValue longText(String text) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(text)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("text not writable as JSON", e);
    }
  }

  static String text(Map<String, Object> submitted, String field, String label, boolean required) {
    return TaskFormInput.text(submitted, field, label, required, MAX_TEXT, "不能为空");
  }
}
