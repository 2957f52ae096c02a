package cn.szftu.studio.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * A Tasklist filter as the application wants it. Queries use literal ids only: expressions in stored queries are
 * switched off for security, so "my tasks" is one filter per user rather than {@code ${currentUser()}}.
 *
 * @param key stable identity, stored in the filter's properties so the filter can be found again
 * @param readers who may see the filter: {@code group:<id>} or {@code user:<id>}
 */
public record FilterSpec(String key, String name, String description, int priority, String assignee,
    String candidateGroup, String processDefinitionKey, List<String> readers) {

  static final String KEY_PROPERTY = "studioKey";
  static final String FINGERPRINT_PROPERTY = "studioFingerprint";

  public static String groupReader(String groupId) {
    return "group:" + groupId;
  }

  public static String userReader(String userId) {
    return "user:" + userId;
  }

  TaskQuery toQuery(TaskService taskService) {
    TaskQuery query = taskService.createTaskQuery();
    if (assignee != null) {
      query.taskAssignee(assignee);
    }
    if (candidateGroup != null) {
      query.taskCandidateGroup(candidateGroup).includeAssignedTasks();
    }
    if (processDefinitionKey != null) {
      query.processDefinitionKey(processDefinitionKey);
    }
    return query;
  }

  Map<String, Object> properties() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(KEY_PROPERTY, key);
    properties.put(FINGERPRINT_PROPERTY, fingerprint());
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    return properties;
  }

  /** Changes whenever anything that ends up in the engine changes, so an unchanged filter is never rewritten. */
  String fingerprint() {
    return Integer.toHexString(Objects.hash(key, name, description, priority, assignee, candidateGroup,
        processDefinitionKey, readers));
  }
}
