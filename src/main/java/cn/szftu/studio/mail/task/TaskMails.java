package cn.szftu.studio.mail.task;

import cn.szftu.studio.mail.Notification;
import cn.szftu.studio.mail.Notifications;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/** Queues the task mails, in the transaction that creates, assigns or finds the task. */
@Component
public class TaskMails {

  private final Notifications notifications;

  public TaskMails(Notifications notifications) {
    this.notifications = notifications;
  }

  public void created(DelegateTask task) {
    TaskFacts facts = facts(task);
    send(facts, TaskMailText.newTask(facts));
  }

  /** Handed to a user (claimed, assigned, delegated); a user who takes a task themselves is not told about it. */
  public void assigned(DelegateTask task) {
    String assignee = task.getAssignee();
    if (assignee == null) {
      return;
    }
    Authentication acting = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (acting != null && assignee.equals(acting.getUserId())) {
      return;
    }
    notifications.toUsers(List.of(assignee), TaskMailText.newTask(facts(task)));
  }

  public void overdue(TaskFacts task) {
    send(task, TaskMailText.overdue(task));
  }

  private void send(TaskFacts task, Notification notification) {
    if (task.assignee() != null) {
      notifications.toUsers(List.of(task.assignee()), notification);
      return;
    }
    if (!task.candidateUsers().isEmpty()) {
      notifications.toUsers(task.candidateUsers().stream().sorted().toList(), notification);
    }
    if (!task.candidateGroups().isEmpty()) {
      notifications.toGroups(task.candidateGroups().stream().sorted().toList(), notification);
    }
  }

  static TaskFacts facts(DelegateTask task) {
    Set<IdentityLink> candidates = task.getCandidates();
    return new TaskFacts(task.getId(), task.getName(), processName(task),
        task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getAssignee(),
        candidates.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getUserId() != null)
            .map(IdentityLink::getUserId).collect(Collectors.toSet()),
        candidates.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
            .map(IdentityLink::getGroupId).collect(Collectors.toSet()));
  }

  /** The name of the process the task's element belongs to (a task inside a sub-process too). */
  private static String processName(DelegateTask task) {
    ModelElementInstance element = task.getBpmnModelElementInstance();
    while (element != null && !(element instanceof Process)) {
      element = element.getParentElement();
    }
    return element == null ? null : ((Process) element).getName();
  }
}
