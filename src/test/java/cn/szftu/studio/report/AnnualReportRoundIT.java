package cn.szftu.studio.report;

import cn.szftu.studio.support.EngineTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.evaluation.EvaluationFixture;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.registry.NamedStudioFixture;
import cn.szftu.studio.registry.RegistryService;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.support.ActingUser;
import cn.szftu.studio.support.PostgresIntegrationTest;
import cn.szftu.studio.support.WebSession;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The city office starts the yearly round from Tasklist: one report per studio that was named by the end of the report
 * year and is not revoked, started once per studio and year however often the round is started. Report year 2025, so
 * the studios named in 2026 by the other tests are not part of it.
 */
class AnnualReportRoundIT extends PostgresIntegrationTest {

  static final int YEAR = 2025;
  static final String DUE_DATE = "2026-12-11";

  @Autowired ProcessEngine engine;
  @Autowired IndicatorSets indicatorSets;
  @Autowired JdbcTemplate jdbc;
  @Autowired RegistryService registry;
  @Autowired StudioRepository studioRepository;
  @Autowired ApplicationRepository applications;
  @Autowired ApplicationService applicationService;
  @Autowired AnnualReportRounds rounds;

  @Test
  void aRoundStartsOneReportPerStudioOfTheYearAndStartingItAgainAddsOnlyNewStudios() {
    NamedStudioFixture studios = new NamedStudioFixture(engine, indicatorSets, jdbc, registry, studioRepository,
        applications, applicationService);
    Studio namedIn2025 = namedOn(studios.named("dapeng"), "2025-06-30");
    Studio namedIn2026 = studios.named("dapeng");
    Studio revoked = namedOn(studios.named("dapeng"), "2025-03-31");
    jdbc.update("update studio set status = 'REVOKED' where id = ?", revoked.getId());

    ProcessInstance round = startRound(DUE_DATE);
    assertThat(round.getBusinessKey()).isEqualTo("annual-report-" + YEAR);
    awaitEnded(round);

    assertThat(reportInstances(namedIn2025)).hasSize(1);
    assertThat(reportInstances(namedIn2026)).as("named after the report year").isEmpty();
    assertThat(reportInstances(revoked)).as("revoked").isEmpty();
    AnnualReportRound stored = rounds.find(YEAR).orElseThrow();
    assertThat(stored.getDueAt()).isEqualTo(EngineTime.beijing(DUE_DATE + "T18:00"));
    ProcessInstance report = reportInstances(namedIn2025).get(0);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(report.getId()).timers()
        .orderByJobDuedate().desc().list().get(0).getDuedate().toInstant()).isEqualTo(stored.getDueAt());
    // the form's values are checked and replaced by the year alone
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(round.getId())
        .list()).extracting(v -> v.getName(), v -> v.getValue())
        .containsExactly(org.assertj.core.api.Assertions.tuple(AnnualReportRoundProcess.VAR_REPORT_YEAR, YEAR));

    // started again, with or without the date: a studio named since gets its report, nobody gets a second one
    Studio namedLater = namedOn(studios.named("dapeng"), "2025-12-31");
    awaitEnded(startRound(null));
    awaitEnded(startRound(DUE_DATE));

    assertThat(reportInstances(namedIn2025)).extracting(ProcessInstance::getId).containsExactly(report.getId());
    assertThat(reportInstances(namedLater)).hasSize(1);
    assertThat(jdbc.queryForObject("select count(*) from annual_report where studio_id in (?, ?) and report_year = ?",
        Long.class, namedIn2025.getId(), namedLater.getId(), YEAR)).isEqualTo(2);
    assertThat(rounds.find(YEAR).orElseThrow().getDueAt()).isEqualTo(stored.getDueAt());
    statisticsCountTheReportsOfEachYearByStatus();
  }

  @Test
  void aYearAlreadyStartedKeepsItsDueDate() {
    awaitEnded(startRound(DUE_DATE));
    long rounds = roundInstances();

    assertThatThrownBy(() -> startRound("2026-12-18")).isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("报送截止日期（dueDate）：2025 年度报告已经发起，报送截止时间为 2026年12月11日 18:00");
    assertThat(roundInstances()).isEqualTo(rounds);
  }

  @Test
  void onlyTheCityOfficeStartsRounds() {
    long rounds = roundInstances();
    String definition = definitionId();

    assertThatThrownBy(() -> ActingUser.as(engine, EvaluationFixture.APPLICANT, () -> engine.getFormService()
        .submitStartForm(definition, Map.of("reportYear", YEAR, "dueDate", DUE_DATE))))
        .isInstanceOf(AuthorizationException.class);
    assertThat(roundInstances()).isEqualTo(rounds);
    assertThat(ActingUser.as(engine, EvaluationFixture.OFFICE, () -> engine.getRepositoryService()
        .createProcessDefinitionQuery().startablePermissionCheck().startableInTasklist()
        .processDefinitionKey(AnnualReportRoundProcess.KEY).count())).isEqualTo(1);
    assertThat(ActingUser.as(engine, EvaluationFixture.OFFICE, () -> engine.getRepositoryService()
        .createProcessDefinitionQuery().startablePermissionCheck().startableInTasklist()
        .processDefinitionKey(AnnualReportProcess.KEY).count())).as("reports start from rounds only").isZero();
  }

  /** Counts only: what a studio reported stays with its unit, its union and the city office. */
  private void statisticsCountTheReportsOfEachYearByStatus() {
    String page = WebSession.login(baseUrl(), EvaluationFixture.OFFICE, EvaluationFixture.OFFICE).get("/statistics")
        .body();

    assertThat(page).contains("各年度年度报告报送情况", "2025 年度");
    assertThat(cell(page, "2025", "AWAITING")).isEqualTo(jdbc.queryForObject(
        "select count(*) from annual_report where report_year = 2025 and status = 'AWAITING'", Long.class))
        .isPositive();
    assertThat(cell(page, "TOTAL", "TOTAL"))
        .isEqualTo(jdbc.queryForObject("select count(*) from annual_report", Long.class));
  }

  /** One cell of the annual-report table on the statistics page (row key or TOTAL, column key or TOTAL). */
  private static long cell(String page, String row, String column) {
    int start = page.indexOf("data-table=\"annual-reports-by-year\"");
    assertThat(start).as("annual report table").isPositive();
    String table = page.substring(start, page.indexOf("</table>", start));
    int rowStart = table.indexOf("data-row=\"" + row + "\"");
    assertThat(rowStart).as("row " + row).isPositive();
    Matcher m = Pattern.compile("<td[^>]*data-column=\"" + Pattern.quote(column) + "\"[^>]*>(\\d+)</td>")
        .matcher(table.substring(rowStart, table.indexOf("</tr>", rowStart)));
    assertThat(m.find()).as("column " + column + " of row " + row).isTrue();
    return Long.parseLong(m.group(1));
  }

  private ProcessInstance startRound(String dueDate) {
    Map<String, Object> form = new HashMap<>();
    form.put("reportYear", (long) YEAR);
    form.put("dueDate", dueDate);
    String definition = definitionId();
    return ActingUser.as(engine, EvaluationFixture.OFFICE,
        () -> engine.getFormService().submitStartForm(definition, form));
  }

  private String definitionId() {
    return engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(AnnualReportRoundProcess.KEY).latestVersion().singleResult().getId();
  }

  private long roundInstances() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(AnnualReportRoundProcess.KEY).count();
  }

  private Studio namedOn(Studio studio, String decisionDate) {
    jdbc.update("update studio set decision_date = ? where id = ?", java.sql.Date.valueOf(decisionDate),
        studio.getId());
    return studio;
  }

  private List<ProcessInstance> reportInstances(Studio studio) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AnnualReportProcess.KEY)
        .processInstanceBusinessKey(studio.getNamingNumber()).list();
  }

  /** The reports are started by the round's asynchronous step, which the job executor runs. */
  private void awaitEnded(ProcessInstance round) {
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(until)) {
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(round.getId()).count() == 0) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("round " + round.getId() + " did not start its reports within 60 s");
  }
}
