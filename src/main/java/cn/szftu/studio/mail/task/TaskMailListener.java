package cn.szftu.studio.mail.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The listener {@link TaskMailParseListener} puts on every user task. It reaches {@link TaskMails} lazily: the engine
 * is built before the beans that send mail (they need the engine's identity service).
 */
class TaskMailListener implements TaskListener {

  private final ObjectProvider<TaskMails> taskMails;

  TaskMailListener(ObjectProvider<TaskMails> taskMails) {
    this.taskMails = taskMails;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> taskMails.getObject().created(task);
      case EVENTNAME_ASSIGNMENT -> taskMails.getObject().assigned(task);
      default -> { }
    }
  }
}
