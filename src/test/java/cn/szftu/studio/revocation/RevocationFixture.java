package cn.szftu.studio.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.registry.NamedStudioFixture;
import cn.szftu.studio.registry.RegistryService;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.support.ActingUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Named studios to revoke and the revocation steps as their users take them (start form and task forms submitted as
 * Tasklist does, as the demo users). The studios' host unit is applicant1's (unit-ns-precision).
 */
final class RevocationFixture {

  static final String OFFICE = "office";
  static final String LEADER = "leader";
  static final String UNIT_USER = "applicant1";
  static final String UNIT_GROUP = "unit-ns-precision";
  static final String BASIS = "经查，该工作室申报材料中的专利证书系伪造，核查报告见附件。";

  private final ProcessEngine engine;
  private final NamedStudioFixture studios;
  private final JdbcTemplate jdbc;

  RevocationFixture(ProcessEngine engine, IndicatorSets indicatorSets, JdbcTemplate jdbc, RegistryService registry,
      StudioRepository studioRepository, ApplicationRepository applications, ApplicationService applicationService) {
    this.engine = engine;
    this.studios = new NamedStudioFixture(engine, indicatorSets, jdbc, registry, studioRepository, applications,
        applicationService);
    this.jdbc = jdbc;
  }

  Studio namedStudio() {
    return studios.named("dapeng");
  }

  <T> T as(String userId, java.util.function.Supplier<T> action) {
    return ActingUser.as(engine, userId, action);
  }

  /** The city office starts 撤销 in Tasklist: the start form submitted for the latest definition. */
  ProcessInstance startByForm(Map<String, Object> values) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(StudioRevocationProcess.KEY).latestVersion().singleResult().getId();
    return as(OFFICE, () -> engine.getFormService().submitStartForm(definition, values));
  }

  ProcessInstance startByForm(Studio studio, RevocationGround ground) {
    return startByForm(startForm(studio.getNamingNumber(), ground.name(), BASIS));
  }

  static Map<String, Object> startForm(String namingNumber, Object ground, Object basis) {
    Map<String, Object> values = new HashMap<>();
    values.put(StudioRevocationProcess.FIELD_NAMING_NUMBER, namingNumber);
    values.put(StudioRevocationProcess.VAR_GROUND, ground);
    values.put(StudioRevocationProcess.VAR_BASIS, basis);
    return values;
  }

  Task task(String processInstanceId, String taskDefinitionKey) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskDefinitionKey).singleResult();
    assertThat(task).as("task " + taskDefinitionKey).isNotNull();
    return task;
  }

  void complete(String userId, Task task, Map<String, Object> values) {
    as(userId, () -> {
      engine.getFormService().submitTaskForm(task.getId(), values);
      return null;
    });
  }

  void submitDefence(String instance, String text) {
    complete(UNIT_USER, task(instance, StudioRevocationProcess.SUBMIT_DEFENCE),
        values(StudioRevocationProcess.FIELD_DEFENCE_CHOICE, "SUBMIT", StudioRevocationProcess.FIELD_DEFENCE, text));
  }

  void waiveDefence(String instance) {
    complete(UNIT_USER, task(instance, StudioRevocationProcess.SUBMIT_DEFENCE),
        values(StudioRevocationProcess.FIELD_DEFENCE_CHOICE, "WAIVE"));
  }

  void giveOpinion(String instance, String opinion, String reasons) {
    complete(OFFICE, task(instance, StudioRevocationProcess.PREPARE_OPINION),
        values(StudioRevocationProcess.FIELD_OPINION, opinion, StudioRevocationProcess.FIELD_OPINION_REASONS, reasons));
  }

  static Map<String, Object> revoke(String number, String date) {
    return values(StudioRevocationProcess.FIELD_DECISION, "REVOKE", StudioRevocationProcess.FIELD_DECISION_NUMBER,
        number, StudioRevocationProcess.FIELD_DECISION_DATE, date);
  }

  static Map<String, Object> notRevoke(String reasons) {
    return values(StudioRevocationProcess.FIELD_DECISION, "NOT_REVOKE",
        StudioRevocationProcess.FIELD_DECISION_REASONS, reasons);
  }

  void decide(String instance, Map<String, Object> decision) {
    complete(LEADER, task(instance, StudioRevocationProcess.LEADERSHIP_DECISION), decision);
  }

  void returnPlaque(Task task) {
    complete(UNIT_USER, task, values(StudioRevocationProcess.FIELD_PLAQUE_RETURNED, true,
        StudioRevocationProcess.FIELD_NOTE, "已由工会主席送交"));
  }

  void confirmPlaque(Task task) {
    complete(OFFICE, task, values(StudioRevocationProcess.FIELD_PLAQUE_RECEIVED, true));
  }

  /**
   * Ends the re-application bans these tests created, so later tests (and the second run) can still name studios of
   * applicant1's unit: the ban row stays for the record, its last day moves into the past.
   */
  void liftBansOf(long studioId) {
    jdbc.update("update reapplication_ban set banned_until = ? where id in (select ban_id from studio_revocation "
        + "where studio_id = ? and ban_id is not null)", java.sql.Date.valueOf("2000-01-01"), studioId);
  }

  /** A naming batch of its own for the studios, so revoking "the whole batch" touches no other test's studio. */
  String batchOf(Studio... members) {
    String code = "RV" + Long.toString(System.nanoTime(), 36).toUpperCase();
    Timestamp now = Timestamp.from(Instant.now());
    // stage NAMED with a process id: start-up must not start a naming-batch process for it
    jdbc.update("insert into naming_batch (code, batch_year, title, window_opens_at, window_closes_at, "
        + "correction_working_days, updated_at, stage, process_instance_id) values (?, 2026, ?, ?, ?, 10, ?, 'NAMED', "
        + "'none')", code, "测试整批撤销批次 " + code, now, now, now);
    for (Studio member : members) {
      jdbc.update("update studio set batch_code = ? where id = ?", code, member.getId());
    }
    return code;
  }

  static Map<String, Object> values(Object... keyValues) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      values.put((String) keyValues[i], keyValues[i + 1]);
    }
    return values;
  }
}
