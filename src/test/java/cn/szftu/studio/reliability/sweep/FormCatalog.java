package cn.szftu.studio.reliability.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every Camunda Form in {@code forms/} and every place a deployed process uses a form (start events and user tasks
 * with camunda:formRef), read from the forms and the engine's own deployments, so a new form or task is seen without
 * anyone listing it.
 */
record FormCatalog(Map<String, FormSchema> forms, List<Usage> usages) {

  /** A start event or user task with its form reference (an expression for generated forms). */
  record Usage(String processKey, String elementId, String formRef, boolean start) {
    String id() {
      return processKey + "/" + elementId;
    }
  }

  static FormCatalog read(RepositoryService repository) {
    Map<String, FormSchema> forms = new TreeMap<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
        try (InputStream in = resource.getInputStream()) {
          FormSchema form = FormSchema.parse(in);
          forms.put(form.id(), form);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Usage> usages = new ArrayList<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion()
        .orderByProcessDefinitionKey().asc().list()) {
      BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null) {
          usages.add(new Usage(definition.getKey(), start.getId(), start.getCamundaFormRef(), true));
        }
      }
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        usages.add(new Usage(definition.getKey(), task.getId(), task.getCamundaFormRef(), false));
      }
    }
    return new FormCatalog(forms, usages);
  }
}
