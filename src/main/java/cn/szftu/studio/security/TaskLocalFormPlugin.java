package cn.szftu.studio.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/** Gives every user task of every deployed process {@link TaskLocalFormSubmission}, without a line in any BPMN. */
@Component
public class TaskLocalFormPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask
            && !hasGeneratedForm(userTaskElement)) {
          TaskDefinition definition = userTask.getTaskDefinition();
          definition.setTaskFormHandler(new TaskLocalFormSubmission(definition.getTaskFormHandler()));
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /** Generated forms (camunda:formData, camunda:formProperty) convert and validate in the engine's own handler. */
  private static boolean hasGeneratedForm(Element userTaskElement) {
    Element extensions = userTaskElement.element("extensionElements");
    if (extensions == null) {
      return false;
    }
    return extensions.elements().stream()
        .anyMatch(e -> e.getTagName().equals("formData") || e.getTagName().equals("formProperty"));
  }
}
