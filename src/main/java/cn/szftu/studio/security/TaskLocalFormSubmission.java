package cn.szftu.studio.security;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.history.event.HistoryEventProcessor;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A submitted task form's values are set on the task itself, never on the process. The engine's own handler sets each
 * value on the nearest scope that already has the name, and the process otherwise; so every task form used to create
 * its input fields as empty task-local variables when the task was created, to catch the values. Under history FULL
 * each empty field cost three inserts at creation and a read and two writes more when it was filled in; set here, a
 * value is written once, when it is submitted. The form-property history the engine's handler records is kept.
 * Only Camunda Forms (camunda:formRef) and tasks without a form are handled here: a task with generated form fields
 * (camunda:formData) keeps the engine's handler, whose fields convert and validate their values.
 */
final class TaskLocalFormSubmission implements TaskFormHandler {

  private final TaskFormHandler engineHandler;

  TaskLocalFormSubmission(TaskFormHandler engineHandler) {
    this.engineHandler = engineHandler;
  }

  @Override
  public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
      ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
    engineHandler.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
  }

  @Override
  public TaskFormData createTaskForm(TaskEntity task) {
    return engineHandler.createTaskForm(task);
  }

  @Override
  public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
    if (!(variableScope instanceof TaskEntity task)) {
      engineHandler.submitFormVariables(properties, variableScope);
      return;
    }
    // As the engine's handler does: a form submission is one user operation, its variable writes not logged apart.
    CommandContext commandContext = Context.getCommandContext();
    boolean logging = commandContext.isUserOperationLogEnabled();
    commandContext.enableUserOperationLog();
    try {
      for (String name : properties.keySet()) {
        task.setVariableLocal(name, properties.getValueTyped(name));
      }
      recordFormProperties(properties, task);
    } finally {
      commandContext.setLogUserOperationEnabled(logging);
    }
  }

  /** The history rows of type FormProperty the engine's handler writes for every submitted text value. */
  private static void recordFormProperties(VariableMap properties, TaskEntity task) {
    ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
    ExecutionEntity execution = task.getExecution();
    if (execution == null || !configuration.getHistoryLevel()
        .isHistoryEventProduced(HistoryEventTypes.FORM_PROPERTY_UPDATE, execution)) {
      return;
    }
    for (String name : properties.keySet()) {
      TypedValue value = properties.getValueTyped(name);
      if (!(value instanceof SerializableValue) && value.getValue() instanceof String text) {
        HistoryEventProcessor.processHistoryEvents(new HistoryEventProcessor.HistoryEventCreator() {
          @Override
          public org.camunda.bpm.engine.impl.history.event.HistoryEvent createHistoryEvent(
              org.camunda.bpm.engine.impl.history.producer.HistoryEventProducer producer) {
            return producer.createFormPropertyUpdateEvt(execution, name, text, task.getId());
          }
        });
      }
    }
  }
}
