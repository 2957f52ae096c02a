package cn.szftu.studio.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The variable names a task's deployed Camunda Form submits: the keys of its fields and the paths of its dynamic lists
 * (a list's inner keys belong to its items, not to the process), nested in groups. Resolved from the task's
 * camunda:formRef as the engine resolves it for Tasklist, so a generated form (a scoring form chosen by expression)
 * is covered as well as the forms in {@code forms/}.
 */
final class TaskFormFields {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Deployed form definitions never change; the cache is keyed by their id. */
  private static final Map<String, Set<String>> BY_DEFINITION = new ConcurrentHashMap<>();

  private TaskFormFields() {
  }

  /** Empty for a task without a Camunda Form (or one whose form cannot be found): the guard then knows no keys. */
  static Optional<Set<String>> of(CommandContext context, TaskEntity task) {
    task.initializeFormKey();
    CamundaFormRef ref = task.getCamundaFormRef();
    ProcessDefinitionEntity process = task.getProcessDefinition();
    if (ref == null || ref.getKey() == null || process == null) {
      return Optional.empty();
    }
    CamundaFormDefinitionEntity form = (CamundaFormDefinitionEntity)
        new GetCamundaFormDefinitionCmd(ref, process.getDeploymentId()).execute(context);
    if (form == null) {
      return Optional.empty();
    }
    return Optional.of(BY_DEFINITION.computeIfAbsent(form.getId(), id -> keys(context, form)));
  }

  private static Set<String> keys(CommandContext context, CamundaFormDefinitionEntity form) {
    ResourceEntity resource = context.getResourceManager()
        .findResourceByDeploymentIdAndResourceName(form.getDeploymentId(), form.getResourceName());
    try {
      return keys(JSON.readTree(resource.getBytes()));
    } catch (IOException e) {
      throw new IllegalStateException("form " + form.getKey() + " is not readable JSON", e);
    }
  }

  static Set<String> keys(JsonNode form) {
    Set<String> keys = new LinkedHashSet<>();
    collect(form.path("components"), keys);
    return keys;
  }

  private static void collect(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if ("dynamiclist".equals(type)) {
        keys.add(component.path("path").asText());
      } else if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      } else {
        collect(component.path("components"), keys);
      }
    }
  }
}
