package cn.szftu.studio.naming;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.ClockConfiguration;
import cn.szftu.studio.batch.BatchStage;
import cn.szftu.studio.batch.NamingBatch;
import cn.szftu.studio.batch.NamingBatchProcess;
import cn.szftu.studio.batch.NamingBatchRepository;
import cn.szftu.studio.support.Browser;
import cn.szftu.studio.support.PostgresIntegrationTest;
import cn.szftu.studio.support.TasklistPage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The city office opens a yearly naming batch in Chromium from the Chinese Tasklist's start-process dialog with the
 * Camunda Form (发布年度命名批次): the batch, its process and a quota for every active recommending union are stored,
 * with the per-union override applied. A closing date before the opening date is refused by the server with its
 * Chinese message, shown in Tasklist, and leaves no batch behind.
 *
 * <p>Later tests submit applications to the newest open batch, so each batch opened here has its window closed again
 * before the test ends.
 */
class NamingBatchBrowserIT extends PostgresIntegrationTest {

  private static final String TASKLIST = "/camunda/app/tasklist/default/";
  /** The process definition's name, as Tasklist's start-process dialog lists it. */
  private static final String PROCESS_NAME = "年度命名批次";
  private static final String OFFICE = "office";
  private static final int FIRST_YEAR = 2040;
  /** The error Tasklist shows at the top of the start-process dialog, carrying the server's message. */
  private static final By REFUSAL = By.xpath("//div[contains(@class,'modal-dialog')]//div[contains(@class,'alert-danger')]"
      + "[contains(normalize-space(.),'应晚于申报开始日期')]");
  private static final By FIELD_ERRORS = By.cssSelector(".fjs-form-field-error");
  private static final Duration ENGINE_WAIT = Duration.ofSeconds(60);

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private JdbcTemplate jdbc;
  @Autowired
  private NamingBatchRepository batches;
  @Autowired
  private Clock clock;

  private Browser browser;
  private TasklistPage tasklist;

  @BeforeEach
  void openBrowser() {
    browser = Browser.start("zh-CN");
    tasklist = new TasklistPage(browser);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void cityOfficeOpensABatchFromTasklistWithQuotasForEveryUnion() {
    int year = freeYear();
    String code = String.valueOf(year);
    LocalDate today = LocalDate.now(clock);
    LocalDate closes = today.plusDays(30);
    List<String> activeUnions = activeUnionCodes();
    assertThat(activeUnions).contains("nanshan", "direct");
    try {
      openStartForm();
      tasklist.text("Field_year", code);
      tasklist.pick("Field_outcomeLabel", "认定");
      tasklist.date("Field_windowOpensOn", today);
      tasklist.date("Field_windowClosesOn", closes);
      tasklist.text("Field_defaultQuota", "2");
      tasklist.text("Field_totalQuota", "12");
      tasklist.text("Field_unionQuotas", "nanshan=5\ndirect=4");
      tasklist.text("Field_correctionWorkingDays", "10");
      tasklist.text("Field_noticeWorkingDays", "5");
      tasklist.text("Field_panelSize", "5");
      tasklist.text("Field_passLine", "72.5");
      tasklist.text("Field_disagreementThreshold", "15");
      awaitUi("no field errors", d -> d.findElements(FIELD_ERRORS).stream().noneMatch(WebElement::isDisplayed));
      browser.screenshot("naming-batch-start-form");
      tasklist.submitStartForm();

      NamingBatch batch = awaitEngine("batch " + code + " stored", () -> batches.findById(code).orElse(null));
      assertThat(batch.getYear()).isEqualTo(year);
      assertThat(batch.getOutcomeLabel()).isEqualTo("认定");
      assertThat(batch.getTitle()).isEqualTo(year + " 年度深圳市示范性劳模和工匠人才创新工作室认定");
      assertThat(batch.getWindowOpensAt()).isEqualTo(today.atStartOfDay(ClockConfiguration.ZONE).toInstant());
      assertThat(batch.getWindowClosesAt())
          .isEqualTo(closes.atTime(BatchForm.CLOSING_TIME).atZone(ClockConfiguration.ZONE).toInstant());
      assertThat(batch.getTotalQuota()).isEqualTo(12);
      assertThat(batch.getCorrectionWorkingDays()).isEqualTo(10);
      assertThat(batch.getNoticeWorkingDays()).isEqualTo(5);
      assertThat(batch.getPanelSize()).isEqualTo(5);
      assertThat(batch.getPassLine()).isEqualByComparingTo("72.5");
      assertThat(batch.getDisagreementThreshold()).isEqualByComparingTo(new BigDecimal("15"));
      assertThat(batch.getIndicatorVersion()).isNull();
      assertThat(batch.getStage()).isEqualTo(BatchStage.OPEN);

      // the batch runs in its own naming-batch process, started by the city office, keyed by the batch code
      String processInstanceId = jdbc.queryForObject(
          "select process_instance_id from naming_batch where code = ?", String.class, code);
      assertThat(processInstanceId).isNotBlank().isEqualTo(batch.getProcessInstanceId());
      ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceId(processInstanceId).singleResult();
      assertThat(instance).isNotNull();
      assertThat(instance.getBusinessKey()).isEqualTo(code);
      assertThat(instance.getProcessDefinitionId()).startsWith(NamingBatchProcess.KEY + ":");
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
          .singleResult().getStartUserId()).isEqualTo(OFFICE);
      assertThat(engine.getRuntimeService().getVariables(processInstanceId).keySet())
          .containsExactlyInAnyOrder(NamingBatchProcess.VAR_BATCH_CODE, NamingBatchProcess.VAR_WINDOW_CLOSES_AT);

      // a quota for every active recommending union: the default, except the two listed in the form
      Map<String, Integer> expected = new HashMap<>();
      activeUnions.forEach(union -> expected.put(union, 2));
      expected.put("nanshan", 5);
      expected.put("direct", 4);
      Map<String, Integer> stored = new HashMap<>();
      jdbc.query("select union_code, quota from batch_quota where batch_code = ?",
          (org.springframework.jdbc.core.RowCallbackHandler) rs -> stored.put(rs.getString("union_code"),
              rs.getInt("quota")), code);
      assertThat(stored).isEqualTo(expected);
    } catch (RuntimeException | AssertionError e) {
      browser.screenshot("naming-batch-failure");
      throw e;
    } finally {
      closeWindow(code);
    }
  }

  @Test
  void closingDateBeforeOpeningDateIsRefusedInTasklistAndNoBatchIsCreated() {
    int year = freeYear();
    String code = String.valueOf(year);
    LocalDate today = LocalDate.now(clock);
    long instancesBefore = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(NamingBatchProcess.KEY).count();
    try {
      openStartForm();
      tasklist.text("Field_year", code);
      tasklist.pick("Field_outcomeLabel", "命名");
      tasklist.date("Field_windowOpensOn", today.plusDays(10));
      tasklist.date("Field_windowClosesOn", today.plusDays(5));
      tasklist.text("Field_defaultQuota", "2");
      tasklist.text("Field_correctionWorkingDays", "10");
      tasklist.text("Field_noticeWorkingDays", "5");
      tasklist.text("Field_panelSize", "5");
      tasklist.text("Field_passLine", "75");
      tasklist.text("Field_disagreementThreshold", "15");
      awaitUi("no field errors", d -> d.findElements(FIELD_ERRORS).stream().noneMatch(WebElement::isDisplayed));

      WebElement start = browser.driver().findElement(By.cssSelector("button[ng-click='startProcessInstance()']"));
      awaitUi("发起 enabled", d -> start.isEnabled());
      start.click();
      WebElement refusal = awaitUi("the server's refusal shown", d -> d.findElements(REFUSAL).stream()
          .filter(WebElement::isDisplayed).findFirst().orElse(null));
      ((JavascriptExecutor) browser.driver()).executeScript(
          "arguments[0].scrollIntoView({block:'center'})", refusal);
      browser.screenshot("naming-batch-refused");
      assertThat(refusal.getText()).contains("流程发起失败")
          .contains("提交未成功：申报截止日期（windowClosesOn）：应晚于申报开始日期");
      // the dialog stays open with the values the office typed, for correcting
      assertThat(browser.driver().findElements(By.cssSelector(".modal-dialog"))).isNotEmpty();
      assertThat(tasklist.value("Field_year")).isEqualTo(code);

      assertThat(jdbc.queryForObject("select count(*) from naming_batch where code = ?", Integer.class, code))
          .isZero();
      assertThat(jdbc.queryForObject("select count(*) from batch_quota where batch_code = ?", Integer.class, code))
          .isZero();
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processDefinitionKey(NamingBatchProcess.KEY).count()).isEqualTo(instancesBefore);
    } catch (RuntimeException | AssertionError e) {
      browser.screenshot("naming-batch-refusal-failure");
      throw e;
    } finally {
      closeWindow(code);
    }
  }

  private void openStartForm() {
    browser.login(baseUrl() + TASKLIST, OFFICE, OFFICE);
    tasklist.open(baseUrl());
    tasklist.startProcess(PROCESS_NAME);
    awaitUi("the batch start form", d -> !d.findElements(By.cssSelector("[id$='-Field_year']")).isEmpty());
  }

  /** A year from 2040 on without a batch: every run (and both failsafe executions on one database) takes its own. */
  private int freeYear() {
    return jdbc.queryForObject("select coalesce(max(batch_year) + 1, ?) from naming_batch where batch_year >= ?",
        Integer.class, FIRST_YEAR, FIRST_YEAR);
  }

  /**
   * Applications of later tests must not land in this batch (no-op without a row): its window closes when it opened,
   * before any test JVM's business time, which starts at BusinessTime.START again in every fork.
   */
  private void closeWindow(String code) {
    jdbc.update("update naming_batch set window_closes_at = window_opens_at where code = ?", code);
  }

  private List<String> activeUnionCodes() {
    return jdbc.queryForList("select code from organisation where kind = 'RECOMMENDING_UNION' and active",
        String.class);
  }

  private <T> T awaitUi(String what, Function<WebDriver, T> condition) {
    try {
      return browser.await().until(condition);
    } catch (TimeoutException e) {
      throw new AssertionError("Tasklist: " + what + " did not happen; notifications: " + tasklist.notifications()
          + "; form errors: " + formErrors() + "; console: " + browser.consoleLog(), e);
    }
  }

  /** Polls (the browser's request is asynchronous) until {@code probe} answers non-null. */
  private <T> T awaitEngine(String what, java.util.function.Supplier<T> probe) {
    try {
      return new WebDriverWait(browser.driver(), ENGINE_WAIT).until(d -> probe.get());
    } catch (TimeoutException e) {
      throw new AssertionError(what + " did not happen within " + ENGINE_WAIT.toSeconds() + " s; notifications: "
          + tasklist.notifications() + "; form errors: " + formErrors() + "; console: " + browser.consoleLog(), e);
    }
  }

  private List<String> formErrors() {
    return browser.driver().findElements(FIELD_ERRORS).stream().map(WebElement::getText).toList();
  }
}
