package cn.szftu.studio.mail.task;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Adds the task-mail listener to every user task of every deployed process, after the model's own listeners (so a
 * task's create listener has prepared it before anyone is told), without a line in any BPMN file.
 */
class TaskMailParseListener extends AbstractBpmnParseListener {

  private final TaskListener listener;

  TaskMailParseListener(TaskListener listener) {
    this.listener = listener;
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
      TaskDefinition definition = userTask.getTaskDefinition();
      definition.addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
      definition.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, listener);
    }
  }
}
