package cn.szftu.studio.mail;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.application.ApplicationProcess;
import cn.szftu.studio.cluster.ClusterLocks;
import cn.szftu.studio.evaluation.EvaluationFixture;
import cn.szftu.studio.evaluation.ExpertEvaluationProcess;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.mail.demo.DemoMailServer;
import cn.szftu.studio.mail.task.OverdueTaskScan;
import cn.szftu.studio.mail.task.TaskMailText;
import cn.szftu.studio.mail.task.TaskMails;
import cn.szftu.studio.security.Groups;
import cn.szftu.studio.support.ActingUser;
import cn.szftu.studio.support.PostgresIntegrationTest;
import cn.szftu.studio.support.ValidApplicationForm;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Task mails for every process: 新的待办 on creation and on assignment, 任务已逾期 once a task is past its due date. */
class TaskMailIT extends PostgresIntegrationTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  IdentityService identity;
  @Autowired
  OutboxMailRepository outbox;
  @Autowired
  OutboxSender sender;
  @Autowired
  DemoMailServer server;
  @Autowired
  OverdueTaskScan overdueScan;
  @Autowired
  ClusterLocks clusterLocks;
  @Autowired
  TaskMails taskMails;
  @Autowired
  PlatformTransactionManager transactionManager;
  @Autowired
  MailSettings settings;
  @Autowired
  IndicatorSets indicatorSets;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Clock clock;

  @Test
  void theUnionsRecommendationTaskMailsEachMemberOfTheUnionOnce() {
    ProcessInstance application = ActingUser.as(engine, "applicant1",
        () -> runtimeService.startProcessInstanceByKey(ApplicationProcess.KEY, ValidApplicationForm.of()));
    Task recommend = taskService.createTaskQuery().processInstanceId(application.getId()).singleResult();
    assertThat(recommend.getTaskDefinitionKey()).isEqualTo(ApplicationProcess.RECOMMEND);
    String key = TaskMailText.newTaskKey(recommend.getId());

    Set<String> members = identity.createUserQuery().memberOfGroup(Groups.unionGroup("nanshan")).list().stream()
        .filter(u -> u.getEmail() != null && !u.getEmail().isBlank()).map(User::getId).collect(Collectors.toSet());
    assertThat(members).contains("nanshan");
    assertThat(outbox.findByDedupKeyOrderByIdAsc(key)).extracting(OutboxMail::getRecipientUserId)
        .containsExactlyInAnyOrderElementsOf(members);

    mailbox().deliver(key);
    // the reviewer takes the task: they knew of it already, so nothing more is queued
    ActingUser.as(engine, "nanshan", () -> {
      taskService.claim(recommend.getId(), "nanshan");
      return null;
    });
    sender.sendDue(clock.instant().plus(Duration.ofHours(1)));

    assertThat(outbox.findByDedupKeyOrderByIdAsc(key)).hasSize(members.size());
    List<MimeMessage> toReviewer = mailsAbout(recommend.getId(), "nanshan@example.invalid");
    assertThat(toReviewer).hasSize(1);
    assertThat(Mailbox.subject(toReviewer.get(0))).isEqualTo("【创新工作室】新的待办：推荐单位审核");
    assertThat(Mailbox.text(toReviewer.get(0))).contains("流程：命名申报", "编号：" + application.getBusinessKey(),
        settings.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + recommend.getId());
  }

  @Test
  void aNewlyDeployedProcessMailsTheAssigneeAndWhoeverTheTaskIsHandedTo() {
    String first = MailUsers.user(identity, "mail-first", "刘", "志明");
    String second = MailUsers.user(identity, "mail-second", "孙", "秀英");
    String bystander = MailUsers.user(identity, "mail-bystander", "何", "美玲");
    String group = MailUsers.group(identity, "mail-probe", bystander);
    String processKey = MailUsers.unique("mailProbe");
    BpmnModelInstance model = Bpmn.createExecutableProcess(processKey).name("邮件测试流程")
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Probe")
        .userTask("Task_Probe").name("测试待办").camundaAssignee("${who}").camundaCandidateGroups(group)
        .endEvent("EndEvent_Probe").done();
    Deployment deployment = repositoryService.createDeployment().name(processKey)
        .addModelInstance(processKey + ".bpmn", model).deploy();
    try {
      ProcessInstance instance = runtimeService.startProcessInstanceByKey(processKey, "PROBE-1", Map.of("who", first));
      Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
      String key = TaskMailText.newTaskKey(task.getId());
      assertThat(outbox.findByDedupKeyOrderByIdAsc(key)).extracting(OutboxMail::getRecipientUserId)
          .containsExactly(first);

      taskService.setAssignee(task.getId(), second);
      ActingUser.as(engine, first, () -> {
        taskService.setAssignee(task.getId(), first);
        return null;
      });

      assertThat(outbox.findByDedupKeyOrderByIdAsc(key)).extracting(OutboxMail::getRecipientUserId)
          .containsExactly(first, second);
      mailbox().deliver(key);
      assertThat(mailsAbout(task.getId(), MailUsers.address(first))).hasSize(1);
      assertThat(mailsAbout(task.getId(), MailUsers.address(second))).hasSize(1)
          .allSatisfy(m -> assertThat(Mailbox.text(m)).contains("流程：邮件测试流程", "编号：PROBE-1"));
      assertThat(mailbox().to(MailUsers.address(bystander))).isEmpty();
    } finally {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void eachDrawnExpertIsMailedAboutTheirOwnDeclarationTask() {
    EvaluationFixture fixture = new EvaluationFixture(engine, indicatorSets, jdbc);
    EvaluationFixture.Case evaluation = fixture.passedInitialReview("dapeng");

    List<Task> declarations = fixture.tasks(evaluation, ExpertEvaluationProcess.DECLARE_CONFLICT);
    assertThat(declarations).isNotEmpty();
    for (Task declaration : declarations) {
      assertThat(outbox.findByDedupKeyOrderByIdAsc(TaskMailText.newTaskKey(declaration.getId())))
          .extracting(OutboxMail::getRecipientUserId, OutboxMail::getSubject)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(declaration.getAssignee(), "【创新工作室】新的待办：利益冲突声明"));
    }
  }

  @Test
  void anOverdueTaskMailsItsCandidatesOnceWhenTheClockPassesItsDueDate() {
    String chen = MailUsers.user(identity, "mail-chen", "陈", "国栋");
    String lin = MailUsers.user(identity, "mail-lin", "林", "晓燕");
    String group = MailUsers.group(identity, "mail-overdue", chen, lin);
    Task task = taskService.newTask();
    task.setName("逾期测试任务");
    task.setDueDate(Date.from(clock.instant().plus(Duration.ofDays(1))));
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), group);
    String key = TaskMailText.overdueKey(task.getId());
    try {
      overdueScan.scan();
      assertThat(outbox.findByDedupKeyOrderByIdAsc(key)).as("not due yet").isEmpty();

      OverdueTaskScan twoDaysLater = new OverdueTaskScan(taskService, runtimeService, repositoryService, outbox,
          taskMails, transactionManager, Clock.offset(clock, Duration.ofDays(2)), clusterLocks);
      twoDaysLater.scan();
      twoDaysLater.scan();

      List<OutboxMail> rows = outbox.findByDedupKeyOrderByIdAsc(key);
      assertThat(rows).extracting(OutboxMail::getRecipientUserId).containsExactlyInAnyOrder(chen, lin);
      mailbox().deliver(key);
      twoDaysLater.scan();
      assertThat(outbox.findByDedupKeyOrderByIdAsc(key)).hasSize(2);
      for (String user : List.of(chen, lin)) {
        List<MimeMessage> mails = mailsAbout(task.getId(), MailUsers.address(user));
        assertThat(mails).hasSize(1);
        assertThat(Mailbox.subject(mails.get(0))).isEqualTo("【创新工作室】任务已逾期：逾期测试任务");
        assertThat(Mailbox.text(mails.get(0))).contains("您的待办任务已超过办理期限", "办理期限：");
      }
    } finally {
      taskService.deleteTask(task.getId(), true);
    }
  }

  private Mailbox mailbox() {
    return new Mailbox(server, sender, outbox, clock);
  }

  private List<MimeMessage> mailsAbout(String taskId, String address) {
    return mailbox().to(address).stream().filter(m -> Mailbox.text(m).contains("?task=" + taskId)).toList();
  }
}
