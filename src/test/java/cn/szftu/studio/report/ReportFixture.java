package cn.szftu.studio.report;

import cn.szftu.studio.support.EngineTime;
import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.evaluation.EvaluationFixture;
import cn.szftu.studio.registry.NamedStudioFixture;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.security.Groups;
import cn.szftu.studio.support.ActingUser;
import cn.szftu.studio.support.ThrowawayUsers;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Annual reports of studios named for the test (host unit: applicant1's 南山精工, union: dapeng), with a mailbox of
 * their own in the unit and in the union, so a test counts only its own mails.
 */
final class ReportFixture {

  static final String UNIT_USER = EvaluationFixture.APPLICANT;
  static final String UNION = "dapeng";
  static final String HOST_UNIT = "ns-precision";
  static final int YEAR = 2026;
  /** A Friday well inside the 2026 calendar: reminders on 27 November and 8 December, follow-ups from 25 December. */
  static final Instant DUE_AT = EngineTime.beijing("2026-12-11T18:00");

  private final ProcessEngine engine;
  private final NamedStudioFixture studios;
  private final AnnualReportRounds rounds;
  private final JdbcTemplate jdbc;

  ReportFixture(ProcessEngine engine, NamedStudioFixture studios, AnnualReportRounds rounds, JdbcTemplate jdbc) {
    this.engine = engine;
    this.studios = studios;
    this.rounds = rounds;
    this.jdbc = jdbc;
  }

  Studio namedStudio() {
    return studios.named(UNION);
  }

  /** The report of {@code studio} for 2026, due on 11 December 2026 at 18:00, started as the round starts it. */
  ProcessInstance start(Studio studio) {
    return start(studio, YEAR);
  }

  ProcessInstance start(Studio studio, int year) {
    return rounds.startReport(studio, year, DUE_AT).orElseThrow();
  }

  String unionReviewer() {
    return studios.evaluation().unionReviewer(UNION);
  }

  /** A user with an e-mail address in the group, so mails to the group reach someone this test knows. */
  String mailbox(String groupId) {
    IdentityService identity = engine.getIdentityService();
    String id = ThrowawayUsers.create(identity, "ar-mail");
    User user = identity.createUserQuery().userId(id).singleResult();
    user.setEmail(id + "@annual-report-it.invalid");
    identity.saveUser(user);
    identity.createMembership(id, groupId);
    return id;
  }

  String unitMailbox() {
    return mailbox(Groups.unitGroup(HOST_UNIT));
  }

  String unionMailbox() {
    return mailbox(Groups.unionGroup(UNION));
  }

  /** Keys of the mails queued for a user about a report, oldest first. */
  List<String> mails(String userId, long reportId) {
    return jdbc.queryForList("select dedup_key from mail_outbox where recipient_user_id = ? and dedup_key like ? "
        + "order by id", String.class, userId, "annual-report/" + reportId + "/%");
  }

  Map<String, Object> mail(String userId, String key) {
    return jdbc.queryForMap("select subject, body, task_id from mail_outbox where recipient_user_id = ? and "
        + "dedup_key = ?", userId, key);
  }

  long reportId(ProcessInstance instance) {
    return jdbc.queryForObject("select id from annual_report where process_instance_id = ?", Long.class,
        instance.getId());
  }

  Task task(ProcessInstance instance, String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  List<String> openTasks(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).orderByTaskName().asc()
        .list().stream().map(Task::getTaskDefinitionKey).sorted().toList();
  }

  void complete(String userId, Task task, Map<String, Object> values) {
    assertThat(task).as("task to complete").isNotNull();
    ActingUser.as(engine, userId, () -> {
      engine.getFormService().submitTaskForm(task.getId(), values);
      return null;
    });
  }

  /** Due dates of the instance's timers, earliest first. */
  List<Instant> timers(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .orderByJobDuedate().asc().list().stream().map(j -> j.getDuedate().toInstant()).toList();
  }

  boolean ended(ProcessInstance instance) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0;
  }

  boolean passed(ProcessInstance instance, String activityId) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(activityId).finished().count() > 0;
  }

  static Map<String, Object> decision(String decision, String reasons) {
    Map<String, Object> values = new java.util.HashMap<>();
    values.put(AnnualReportProcess.FIELD_DECISION, decision);
    values.put(AnnualReportProcess.FIELD_REASONS, reasons);
    return values;
  }

  static Date date(String beijing) {
    return Date.from(EngineTime.beijing(beijing));
  }
}
