package cn.szftu.studio.report;

import cn.szftu.studio.support.EngineTime;
import static cn.szftu.studio.report.AnnualReportProcess.*;
import static cn.szftu.studio.support.EngineTime.beijing;
import static cn.szftu.studio.report.ReportFixture.decision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.ApplicationService;
import org.camunda.bpm.engine.ProcessEngineException;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.registry.NamedStudioFixture;
import cn.szftu.studio.registry.RegistryService;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.revocation.StudioRevocationProcess;
import cn.szftu.studio.support.ActingUser;
import cn.szftu.studio.support.PostgresIntegrationTest;
import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A named studio's annual report for 2026, due on Friday 11 December 2026 at 18:00: reminders 10 and 3 working days
 * before (27 November and 8 December, 09:00), escalation to the recommending union at the due moment, the union's
 * review with a return for revision, and the end of an open report when the studio is revoked. The engine's clock is
 * moved and the due jobs run; nothing sleeps.
 */
class AnnualReportProcessIT extends PostgresIntegrationTest {

  @Autowired ProcessEngine engine;
  @Autowired IndicatorSets indicatorSets;
  @Autowired JdbcTemplate jdbc;
  @Autowired RegistryService registry;
  @Autowired StudioRepository studioRepository;
  @Autowired ApplicationRepository applications;
  @Autowired ApplicationService applicationService;
  @Autowired AnnualReportRounds rounds;
  @Autowired AnnualReportService reports;
  @Autowired Clock clock;

  ReportFixture fixture;

  @BeforeEach
  void fixture() {
    fixture = new ReportFixture(engine, new NamedStudioFixture(engine, indicatorSets, jdbc, registry,
        studioRepository, applications, applicationService), rounds, jdbc);
  }

  @Test
  void reportFiledOnTimeHadItsRemindersBeforeAndNoneAfter() {
    Studio studio = fixture.namedStudio();
    String unitMailbox = fixture.unitMailbox();
    String unionMailbox = fixture.unionMailbox();
    String reviewer = fixture.unionReviewer();
    ProcessInstance instance = fixture.start(studio);
    long reportId = fixture.reportId(instance);

    assertThat(instance.getBusinessKey()).isEqualTo(studio.getNamingNumber());
    Task file = fixture.task(instance, FILE_REPORT);
    assertThat(file.getDueDate().toInstant()).isEqualTo(ReportFixture.DUE_AT);
    assertThat(engine.getTaskService().getIdentityLinksForTask(file.getId()))
        .extracting(link -> link.getGroupId()).containsExactly("unit-ns-precision");
    assertThat(fixture.timers(instance)).containsExactly(beijing("2026-11-27T09:00"), ReportFixture.DUE_AT);
    assertThat(engine.getTaskService().getVariableLocal(file.getId(), FIELD_DUE)).isEqualTo("2026年12月11日 18:00");
    // Tasklist loads the form as the user: the unit's user may, another unit's may not
    assertThat(deployedForm(ReportFixture.UNIT_USER, file)).contains("\"id\": \"annualReportForm\"");
    assertThatThrownBy(() -> deployedForm("applicant2", file)).isInstanceOf(ProcessEngineException.class);

    try (EngineTime time = EngineTime.takeOver(engine)) {
      assertThat(time.at("2026-11-27T08:59").runDueJobs(instance.getId())).isZero();
      assertThat(fixture.mails(unitMailbox, reportId)).isEmpty();

      assertThat(time.at("2026-11-27T09:00").runDueJobs(instance.getId())).isEqualTo(1);
      String reminder = "annual-report/" + reportId + "/reminder/2026-11-27";
      assertThat(fixture.mails(unitMailbox, reportId)).containsExactly(reminder);
      Map<String, Object> mail = fixture.mail(unitMailbox, reminder);
      assertThat((String) mail.get("subject")).contains("年度报告提醒", studio.getStudioName(), "2026");
      assertThat((String) mail.get("body")).contains("2026年12月11日 18:00", "距截止还有 10 个工作日", "填报年度报告");
      assertThat(mail.get("task_id")).isEqualTo(file.getId());
      assertThat(fixture.timers(instance)).containsExactly(beijing("2026-12-08T09:00"), ReportFixture.DUE_AT);

      fixture.complete(ReportFixture.UNIT_USER, file, ValidReport.of());

      assertThat(fixture.openTasks(instance)).containsExactly(REVIEW);
      assertThat(fixture.timers(instance)).as("reminders and due timer end with the filing").isEmpty();
      AnnualReport report = reports.get(reportId);
      assertThat(report.getStatus()).isEqualTo(AnnualReportStatus.SUBMITTED);
      assertThat(report.isLate()).isFalse();
      assertThat(report.getFiledBy()).isEqualTo(ReportFixture.UNIT_USER);
      assertThat(report.content().patentCount()).isEqualTo(2);
      assertThat(report.content().economicBenefit()).isEqualByComparingTo("126.5");
      assertThat(engine.getRuntimeService().getVariables(instance.getId()).keySet())
          .as("figures stay in the table").isSubsetOf(PROCESS_VARIABLES);

      assertThat(time.at("2026-12-08T09:00").runDueJobs(instance.getId())).isZero();
      assertThat(time.at("2026-12-14T09:00").runDueJobs(instance.getId())).isZero();
      assertThat(fixture.mails(unitMailbox, reportId)).containsExactly(reminder);
      assertThat(fixture.mails(unionMailbox, reportId)).isEmpty();
    }

    Task review = fixture.task(instance, REVIEW);
    assertThat(engine.getTaskService().getIdentityLinksForTask(review.getId()))
        .extracting(link -> link.getGroupId()).containsExactly("union-dapeng");
    assertThat(deployedForm(reviewer, review)).contains("\"id\": \"annualReportReviewForm\"");
    assertThat((String) engine.getTaskService().getVariableLocal(review.getId(), FIELD_STATUS_NOTE)).contains("按时报送");
    assertThat((String) engine.getTaskService().getVariableLocal(review.getId(), FIELD_REPORT_TEXT))
        .contains("【获授权专利（件）】2", "【创造经济效益（万元）】126.5");
    fixture.complete(reviewer, review, decision("APPROVE", null));

    assertThat(fixture.ended(instance)).isTrue();
    assertThat(fixture.passed(instance, END_ACCEPTED)).isTrue();
    assertThat(reports.get(reportId).getStatus()).isEqualTo(AnnualReportStatus.ACCEPTED);
    assertThat(reports.decisions(reportId)).extracting(ReportDecision::getStep, ReportDecision::getOutcome,
        ReportDecision::getActorUserId).containsExactly(
            tuple(ReportStep.FILING, ReportOutcome.FILED, ReportFixture.UNIT_USER),
            tuple(ReportStep.REVIEW, ReportOutcome.APPROVED, reviewer));
  }

  /**
   * The city office revokes the studio (host unit closed: no re-application ban), the unit waives its defence, the
   * decision body revokes; the revocation process then correlates Message_StudioRevoked and asks for the plaque.
   */
  private void revoke(Studio studio) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(StudioRevocationProcess.KEY).latestVersion().singleResult().getId();
    ProcessInstance revocation = ActingUser.as(engine, "office", () -> engine.getFormService().submitStartForm(
        definition, Map.of(StudioRevocationProcess.FIELD_NAMING_NUMBER, studio.getNamingNumber(),
            StudioRevocationProcess.VAR_GROUND, "UNIT_CLOSED_OR_MOVED",
            StudioRevocationProcess.VAR_BASIS, "依托单位已注销，工作室无法继续运行。")));
    fixture.complete(ReportFixture.UNIT_USER, revocationTask(revocation, StudioRevocationProcess.SUBMIT_DEFENCE),
        Map.of(StudioRevocationProcess.FIELD_DEFENCE_CHOICE, "WAIVE"));
    fixture.complete("office", revocationTask(revocation, StudioRevocationProcess.PREPARE_OPINION),
        Map.of(StudioRevocationProcess.FIELD_OPINION, "PROPOSE_REVOCATION",
            StudioRevocationProcess.FIELD_OPINION_REASONS, "依托单位已注销。"));
    fixture.complete("leader", revocationTask(revocation, StudioRevocationProcess.LEADERSHIP_DECISION),
        Map.of(StudioRevocationProcess.FIELD_DECISION, "REVOKE",
            StudioRevocationProcess.FIELD_DECISION_NUMBER, "深工发〔2026〕77号",
            StudioRevocationProcess.FIELD_DECISION_DATE, java.time.LocalDate.now(clock).toString()));
    fixture.complete(ReportFixture.UNIT_USER, revocationTask(revocation, StudioRevocationProcess.RETURN_PLAQUE),
        Map.of(StudioRevocationProcess.FIELD_PLAQUE_RETURNED, true, StudioRevocationProcess.FIELD_NOTE, "已送交"));
    fixture.complete("office", revocationTask(revocation, StudioRevocationProcess.CONFIRM_PLAQUE_RETURNED),
        Map.of(StudioRevocationProcess.FIELD_PLAQUE_RECEIVED, true));
    assertThat(fixture.ended(revocation)).isTrue();
  }

  private Task revocationTask(ProcessInstance revocation, String key) {
    return fixture.task(revocation, key);
  }

  private String deployedForm(String userId, Task task) {
    return ActingUser.as(engine, userId, () -> {
      try (java.io.InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
        return new String(form.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @Test
  void lateReportIsEscalatedToTheUnionFollowedUpFiledLateAndReviewed() {
    Studio studio = fixture.namedStudio();
    String unitMailbox = fixture.unitMailbox();
    String unionMailbox = fixture.unionMailbox();
    String reviewer = fixture.unionReviewer();
    ProcessInstance instance = fixture.start(studio);
    long reportId = fixture.reportId(instance);
    String prefix = "annual-report/" + reportId + "/";

    try (EngineTime time = EngineTime.takeOver(engine)) {
      time.at("2026-11-27T09:00").runDueJobs(instance.getId());
      assertThat(time.at("2026-12-08T09:00").runDueJobs(instance.getId())).isEqualTo(1);
      assertThat((String) fixture.mail(unitMailbox, prefix + "reminder/2026-12-08").get("body"))
          .contains("距截止还有 3 个工作日");
      assertThat(fixture.timers(instance)).containsExactly(ReportFixture.DUE_AT);
      assertThat(time.at("2026-12-11T17:59").runDueJobs(instance.getId())).isZero();
      assertThat(fixture.openTasks(instance)).containsExactly(FILE_REPORT);

      // the due moment: the report is late, the unit is told, the union gets a mail and a task; the report task stays
      assertThat(time.at("2026-12-11T18:00").runDueJobs(instance.getId())).isEqualTo(1);
      assertThat(fixture.openTasks(instance)).containsExactly(FILE_REPORT, FOLLOW_UP);
      AnnualReport overdue = reports.get(reportId);
      assertThat(overdue.isLate()).isTrue();
      assertThat(overdue.getEscalations()).isEqualTo(1);
      assertThat(overdue.getStatus()).isEqualTo(AnnualReportStatus.AWAITING);
      Task followUp = fixture.task(instance, FOLLOW_UP);
      assertThat(engine.getTaskService().getIdentityLinksForTask(followUp.getId()))
          .extracting(link -> link.getGroupId()).containsExactly("union-dapeng");
      assertThat(followUp.getDueDate().toInstant()).isEqualTo(beijing("2026-12-25T09:00"));
      assertThat(fixture.mails(unitMailbox, reportId)).containsExactly(prefix + "reminder/2026-11-27",
          prefix + "reminder/2026-12-08", prefix + "overdue/1/unit");
      assertThat(fixture.mails(unionMailbox, reportId)).containsExactly(prefix + "overdue/1/union");
      Map<String, Object> unionMail = fixture.mail(unionMailbox, prefix + "overdue/1/union");
      assertThat((String) unionMail.get("subject")).contains("督促报送", studio.getStudioName());
      assertThat((String) unionMail.get("body")).contains(studio.getHostUnitName(), "至今尚未报送", "督促报送");
      assertThat(unionMail.get("task_id")).isEqualTo(followUp.getId());
      assertThat(fixture.mail(unitMailbox, prefix + "overdue/1/unit").get("task_id"))
          .isEqualTo(fixture.task(instance, FILE_REPORT).getId());

      // the union urges the unit; while the report is missing it is asked again ten working days after the due day
      assertThatThrownBy(() -> fixture.complete(reviewer, followUp, decision("URGED", " ")))
          .isInstanceOf(ProcessEngineException.class).hasMessageContaining("督促情况说明（reasons）：不能为空");
      fixture.complete(reviewer, followUp, decision("URGED", "12月14日电话督促工会主席，承诺12月底前补报"));
      assertThat(fixture.openTasks(instance)).containsExactly(FILE_REPORT);
      assertThat(fixture.timers(instance)).containsExactly(beijing("2026-12-25T09:00"));
      assertThat(time.at("2026-12-24T18:00").runDueJobs(instance.getId())).isZero();
      assertThat(time.at("2026-12-25T09:00").runDueJobs(instance.getId())).isEqualTo(1);
      assertThat(fixture.openTasks(instance)).containsExactly(FILE_REPORT, FOLLOW_UP);
      assertThat(reports.get(reportId).getEscalations()).isEqualTo(2);
      assertThat(fixture.mails(unionMailbox, reportId)).containsExactly(prefix + "overdue/1/union",
          prefix + "overdue/2/union");

      // the unit files late: the union's follow-up task and the timers end, the union reviews
      time.at("2026-12-28T10:00");
      fixture.complete(ReportFixture.UNIT_USER, fixture.task(instance, FILE_REPORT), ValidReport.of());
      assertThat(fixture.openTasks(instance)).containsExactly(REVIEW);
      assertThat(fixture.timers(instance)).isEmpty();
    }

    AnnualReport filed = reports.get(reportId);
    assertThat(filed.isLate()).isTrue();
    assertThat(filed.getStatus()).isEqualTo(AnnualReportStatus.SUBMITTED);
    Task review = fixture.task(instance, REVIEW);
    assertThat((String) engine.getTaskService().getVariableLocal(review.getId(), FIELD_STATUS_NOTE)).contains("逾期报送");
    fixture.complete(reviewer, review, decision("APPROVE", "请今后按时报送"));

    assertThat(fixture.ended(instance)).isTrue();
    AnnualReport accepted = reports.get(reportId);
    assertThat(accepted.getStatus()).isEqualTo(AnnualReportStatus.ACCEPTED);
    assertThat(accepted.isLate()).as("the record keeps that it came late").isTrue();
    assertThat(reports.decisions(reportId)).extracting(ReportDecision::getOutcome).containsExactly(
        ReportOutcome.NOTIFIED, ReportOutcome.URGED, ReportOutcome.NOTIFIED, ReportOutcome.FILED_LATE,
        ReportOutcome.APPROVED);
  }

  @Test
  void unionClosesAnOverdueReportAsNotFiled() {
    Studio studio = fixture.namedStudio();
    String reviewer = fixture.unionReviewer();
    ProcessInstance instance = fixture.start(studio);
    long reportId = fixture.reportId(instance);

    try (EngineTime time = EngineTime.takeOver(engine)) {
      time.at("2026-12-11T18:00").runDueJobs(instance.getId());
      assertThat(fixture.openTasks(instance)).containsExactly(FILE_REPORT, FOLLOW_UP);
      fixture.complete(reviewer, fixture.task(instance, FOLLOW_UP),
          decision("CLOSE_UNFILED", "所在单位已停产整顿，无法报送本年度报告"));
    }

    assertThat(fixture.ended(instance)).isTrue();
    assertThat(fixture.passed(instance, END_CLOSED_UNFILED)).isTrue();
    assertThat(fixture.passed(instance, END_NOT_FILED)).isTrue();
    assertThat(fixture.passed(instance, REVIEW)).isFalse();
    AnnualReport report = reports.get(reportId);
    assertThat(report.getStatus()).isEqualTo(AnnualReportStatus.NOT_FILED);
    assertThat(report.isLate()).isTrue();
    assertThat(report.content()).isNull();
    assertThat(reports.decisions(reportId)).last().extracting(ReportDecision::getOutcome, ReportDecision::getReasons)
        .containsExactly(ReportOutcome.CLOSED_UNFILED, "所在单位已停产整顿，无法报送本年度报告");
  }

  @Test
  void returnedReportIsRevisedByTheUnitAndThenApproved() {
    Studio studio = fixture.namedStudio();
    String reviewer = fixture.unionReviewer();
    ProcessInstance instance = fixture.start(studio);
    long reportId = fixture.reportId(instance);
    fixture.complete(ReportFixture.UNIT_USER, fixture.task(instance, FILE_REPORT), ValidReport.of());

    Task review = fixture.task(instance, REVIEW);
    assertThatThrownBy(() -> fixture.complete(reviewer, review, decision("RETURN", null)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("审核意见（reasons）：不能为空");
    assertThatThrownBy(() -> fixture.complete(reviewer, review, decision("REJECT", "不合格")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("审核结论（decision）：“REJECT”不是可选的值");
    assertThat(fixture.openTasks(instance)).containsExactly(REVIEW);
    assertThat(reports.get(reportId).getStatus()).isEqualTo(AnnualReportStatus.SUBMITTED);
    fixture.complete(reviewer, review, decision("RETURN", "经济效益测算依据不充分，请附采购对比数据"));

    Task revise = fixture.task(instance, REVISE);
    assertThat(engine.getTaskService().getIdentityLinksForTask(revise.getId()))
        .extracting(link -> link.getGroupId()).containsExactly("unit-ns-precision");
    assertThat(revise.getDueDate()).isNotNull();
    Map<String, Object> shown = engine.getTaskService().getVariablesLocal(revise.getId());
    assertThat(shown.get(FIELD_RETURN_REASONS)).isEqualTo("经济效益测算依据不充分，请附采购对比数据");
    assertThat(((Number) shown.get(ReportForm.PATENT_COUNT)).intValue()).as("the form opens with what was filed")
        .isEqualTo(2);
    assertThat(shown.get(ReportForm.PLEDGE)).isNull();
    assertThat(reports.get(reportId).getStatus()).isEqualTo(AnnualReportStatus.RETURNED);

    Map<String, Object> revised = ValidReport.of();
    revised.put(ReportForm.BENEFIT_BASIS, "刀具采购额由 480 万元降至 393.5 万元（对比表见附件台账），返工工时减少 1600 小时");
    revised.put(ReportForm.ECONOMIC_BENEFIT, 86.5);
    fixture.complete(ReportFixture.UNIT_USER, revise, revised);

    Task second = fixture.task(instance, REVIEW);
    assertThat((String) engine.getTaskService().getVariableLocal(second.getId(), FIELD_REPORT_TEXT))
        .contains("【创造经济效益（万元）】86.5", "对比表见附件台账");
    assertThat((String) engine.getTaskService().getVariableLocal(second.getId(), FIELD_STATUS_NOTE))
        .contains("第 2 次提交");
    fixture.complete(reviewer, second, decision("APPROVE", null));

    assertThat(fixture.ended(instance)).isTrue();
    AnnualReport report = reports.get(reportId);
    assertThat(report.getStatus()).isEqualTo(AnnualReportStatus.ACCEPTED);
    assertThat(report.getSubmissions()).isEqualTo(2);
    assertThat(report.isLate()).isFalse();
    assertThat(report.content().economicBenefit()).isEqualByComparingTo("86.5");
    assertThat(reports.decisions(reportId)).extracting(ReportDecision::getOutcome).containsExactly(
        ReportOutcome.FILED, ReportOutcome.RETURNED, ReportOutcome.RESUBMITTED, ReportOutcome.APPROVED);
  }

  /** Through the real revocation process, which ends the studio's other processes (CONTRACTS). */
  @Test
  void revokingTheStudioEndsEveryOpenReportOfIt() {
    Studio studio = fixture.namedStudio();
    // last year's report came late and is still in review while this year's waits for the unit
    ProcessInstance lastYear = fixture.start(studio, ReportFixture.YEAR - 1);
    fixture.complete(ReportFixture.UNIT_USER, fixture.task(lastYear, FILE_REPORT), ValidReport.of());
    ProcessInstance thisYear = fixture.start(studio, ReportFixture.YEAR);
    assertThat(fixture.openTasks(lastYear)).containsExactly(REVIEW);
    assertThat(fixture.timers(thisYear)).isNotEmpty();

    revoke(studio);

    for (ProcessInstance instance : java.util.List.of(lastYear, thisYear)) {
      assertThat(fixture.ended(instance)).isTrue();
      assertThat(fixture.passed(instance, END_REVOKED)).isTrue();
      assertThat(fixture.timers(instance)).isEmpty();
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
      AnnualReport report = reports.get(fixture.reportId(instance));
      assertThat(report.getStatus()).isEqualTo(AnnualReportStatus.CANCELLED);
      assertThat(reports.decisions(report.getId())).extracting(ReportDecision::getStep).last()
          .isEqualTo(ReportStep.REVOCATION);
    }
    assertThat(reports.get(fixture.reportId(lastYear)).content()).as("what was filed stays on record").isNotNull();
    assertThat(reports.get(fixture.reportId(thisYear)).content()).isNull();
  }
}
