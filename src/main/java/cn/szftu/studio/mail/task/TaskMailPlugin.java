package cn.szftu.studio.mail.task;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Task mails for every process: installs {@link TaskMailParseListener}, so new processes get them without edits. */
@Component
public class TaskMailPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<TaskMails> taskMails;

  public TaskMailPlugin(ObjectProvider<TaskMails> taskMails) {
    this.taskMails = taskMails;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new TaskMailParseListener(new TaskMailListener(taskMails)));
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
