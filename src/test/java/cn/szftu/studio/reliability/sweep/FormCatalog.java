package cn.szftu.studio.reliability.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every Camunda Form in {@code forms/} and every place a process of {@code processes/} uses a form (start events
 * and user tasks with camunda:formRef), read from the files the application deploys, so a new form or task is seen without
 * anyone listing it.
 */
record FormCatalog(Map<String, FormSchema> forms, List<Usage> usages) {

  /** A start event or user task with its form reference (an expression for generated forms). */
  record Usage(String processKey, String elementId, String formRef, boolean start) {
    String id() {
      return processKey + "/" + elementId;
    }
  }

  static FormCatalog read() {
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
    // The processes as shipped (processes/*.bpmn on the class path), not whatever tests deployed besides them.
    List<Usage> usages = new ArrayList<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(
          "classpath*:processes/*.bpmn")) {
        try (InputStream in = resource.getInputStream()) {
          BpmnModelInstance model = Bpmn.readModelFromStream(in);
          for (Process process : model.getModelElementsByType(Process.class)) {
            if (!process.isExecutable()) {
              continue;
            }
            for (StartEvent start : process.getChildElementsByType(StartEvent.class)) {
              if (start.getCamundaFormRef() != null) {
                usages.add(new Usage(process.getId(), start.getId(), start.getCamundaFormRef(), true));
              }
            }
          }
          for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            usages.add(new Usage(processOf(task).getId(), task.getId(), task.getCamundaFormRef(), false));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    usages.sort(java.util.Comparator.comparing(Usage::id));
    return new FormCatalog(forms, usages);
  }

  private static Process processOf(ModelElementInstance element) {
    ModelElementInstance parent = element.getParentElement();
    while (!(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return (Process) parent;
  }
}
