package cn.szftu.studio.mail.task;

import cn.szftu.studio.cluster.ClusterLocks;
import cn.szftu.studio.mail.OutboxMailRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds active tasks whose due date has passed (by the application's clock, which tests move together with the
 * engine's) and queues one 任务已逾期 mail per task to its assignee or candidates. The outbox's key per task makes it
 * once, however often the scan runs or on how many nodes; tasks already mailed are not even looked at again.
 */
@Component
public class OverdueTaskScan {

  private static final Logger log = LoggerFactory.getLogger(OverdueTaskScan.class);
  private static final int KEYS_PER_QUERY = 500;

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final OutboxMailRepository outbox;
  private final TaskMails taskMails;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;
  private final ClusterLocks clusterLocks;

  public OverdueTaskScan(TaskService taskService, RuntimeService runtimeService, RepositoryService repositoryService,
      OutboxMailRepository outbox, TaskMails taskMails, PlatformTransactionManager transactionManager, Clock clock,
      ClusterLocks clusterLocks) {
    this.clusterLocks = clusterLocks;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.outbox = outbox;
    this.taskMails = taskMails;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${studio.mail.overdue-scan-interval:PT15M}", initialDelayString = "PT1M")
  void scheduled() {
    // Every node schedules the scan, one runs it: the outbox's unique key already keeps each mail single, but two
    // nodes scanning together would both queue every overdue task's mail and all but one insert would fail.
    clusterLocks.runIfFree(ClusterLocks.OVERDUE_TASK_SCAN, "overdue-task-scan", this::scan);
  }

  /** Queues the mails for tasks overdue now; returns how many tasks were newly handled. */
  public int scan() {
    Instant now = clock.instant();
    List<Task> overdue = taskService.createTaskQuery().active().dueBefore(Date.from(now)).orderByDueDate().asc()
        .list();
    Set<String> alreadyMailed = alreadyMailed(overdue);
    Map<String, String> processNames = new HashMap<>();
    int handled = 0;
    for (Task task : overdue) {
      if (alreadyMailed.contains(TaskMailText.overdueKey(task.getId()))) {
        continue;
      }
      try {
        // One transaction per task: a task completed meanwhile, or any other surprise, holds up no other task.
        ownTransaction.executeWithoutResult(tx -> taskMails.overdue(facts(task, processNames)));
        handled++;
      } catch (RuntimeException e) {
        log.warn("Overdue mail for task {} not queued: {}", task.getId(), e.toString());
      }
    }
    return handled;
  }

  private Set<String> alreadyMailed(List<Task> tasks) {
    List<String> keys = tasks.stream().map(t -> TaskMailText.overdueKey(t.getId())).toList();
    Set<String> found = new HashSet<>();
    for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
      found.addAll(outbox.findExistingKeys(keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY))));
    }
    return found;
  }

  private TaskFacts facts(Task task, Map<String, String> processNames) {
    String processName = null;
    String businessKey = null;
    if (task.getProcessDefinitionId() != null) {
      processName = processNames.computeIfAbsent(task.getProcessDefinitionId(), id -> {
        ProcessDefinition definition = repositoryService.getProcessDefinition(id);
        return definition.getName() == null ? definition.getKey() : definition.getName();
      });
      ProcessInstance instance = runtimeService.createProcessInstanceQuery()
          .processInstanceId(task.getProcessInstanceId()).singleResult();
      businessKey = instance == null ? null : instance.getBusinessKey();
    }
    Set<String> users = new HashSet<>();
    Set<String> groups = new HashSet<>();
    if (task.getAssignee() == null) {
      for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
          if (link.getUserId() != null) {
            users.add(link.getUserId());
          } else if (link.getGroupId() != null) {
            groups.add(link.getGroupId());
          }
        }
      }
    }
    return new TaskFacts(task.getId(), task.getName(), processName, businessKey,
        task.getDueDate().toInstant(), task.getAssignee(), users, groups);
  }
}
