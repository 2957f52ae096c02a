package cn.szftu.studio.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.evaluation.EvaluationFixture.Case;
import cn.szftu.studio.evaluation.form.ScoringFormFields;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.indicator.ThirdLevelItem;
import cn.szftu.studio.support.Browser;
import cn.szftu.studio.support.PostgresIntegrationTest;
import cn.szftu.studio.support.TasklistPage;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
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
 * The expert's side of the evaluation in Chromium against the running app: a drawn demo expert logs in to the Chinese
 * Tasklist, finds only their own tasks under 专家评审, declares no conflict of interest, scores every item with the
 * form generated from the indicator version (a score above an item's maximum is refused in the form), and submits.
 */
class ExpertEvaluationBrowserIT extends PostgresIntegrationTest {

  private static final String TASKLIST = "/camunda/app/tasklist/default/";
  private static final String EXPERT_FILTER = "专家评审";
  private static final Pattern DEMO_EXPERT = Pattern.compile("expert\\d+");
  private static final Pattern TASK_ID = Pattern.compile("[?&]task=([^&]+)");
  private static final By TASK_LINKS = By.cssSelector("li.task h4.task a");
  private static final By ACTIVE_FILTER = By.cssSelector(".task-filter.active h4.name a");
  private static final By FIELD_ERRORS = By.cssSelector(".fjs-form-field-error");
  private static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");
  private static final Duration ENGINE_WAIT = Duration.ofSeconds(60);

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private IndicatorSets indicatorSets;
  @Autowired
  private JdbcTemplate jdbc;
  @Autowired
  private EvaluationRepository evaluations;
  @Autowired
  private EvaluationService evaluationService;

  private EvaluationFixture fixture;
  private Browser browser;
  private TasklistPage tasklist;

  @BeforeEach
  void setUp() {
    fixture = new EvaluationFixture(engine, indicatorSets, jdbc);
    browser = Browser.start("zh-CN");
    tasklist = new TasklistPage(browser);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void drawnExpertDeclaresNoConflictAndScoresWithTheGeneratedForm() {
    Case c = fixture.passedInitialReview("dapeng");
    Evaluation evaluation = evaluations.findByProcessInstanceId(c.evaluation().getId()).orElseThrow();
    List<Task> declarations = fixture.tasks(c, ExpertEvaluationProcess.DECLARE_CONFLICT);
    assertThat(declarations).hasSize(evaluation.getPanelSize());
    Task own = declarations.stream().filter(t -> isDemoLogin(t.getAssignee())).findFirst()
        .orElseThrow(() -> new AssertionError("none of the drawn experts " + declarations.stream()
            .map(Task::getAssignee).toList() + " is a demo expert with a login (expert1..expert15)"));
    String expert = own.getAssignee();
    Set<String> othersTasks = declarations.stream().filter(t -> !t.getAssignee().equals(expert)).map(Task::getId)
        .collect(Collectors.toSet());
    assertThat(othersTasks).isNotEmpty();

    try {
      // the expert's 专家评审 filter lists their own declaration, none of the other experts' tasks of the case
      browser.login(baseUrl() + TASKLIST, expert, expert);
      tasklist.open(baseUrl());
      List<String> listed = expertFilterTaskIds(own.getId());
      browser.screenshot("expert-evaluation-list");
      assertThat(listed).contains(own.getId()).doesNotContainAnyElementsOf(othersTasks);
      assertThat(listedTaskName(own.getId())).isEqualTo("利益冲突声明");
      long expected = engine.getTaskService().createTaskQuery().taskAssignee(expert)
          .processDefinitionKey(ExpertEvaluationProcess.KEY).count();
      awaitUi("filter counter " + expected, d -> counter().equals(String.valueOf(expected)));

      // 利益冲突声明
      tasklist.openTask(baseUrl(), own.getId());
      assertThat(tasklist.value("Field_applicationNumber")).isEqualTo(c.application().getBusinessKey());
      tasklist.radio("本人与该申报不存在利益冲突");
      browser.screenshot("expert-declaration-form");
      complete();
      Task scoring = awaitEngine("declaration accepted and scoring task created", () -> {
        if (engine.getTaskService().createTaskQuery().taskId(own.getId()).count() != 0) {
          return null;
        }
        return fixture.tasks(c, ExpertEvaluationProcess.SCORE_APPLICATION).stream()
            .filter(t -> t.getAssignee().equals(expert)).findFirst().orElse(null);
      });
      assertThat(member(evaluation, expert).getState()).isEqualTo(MemberState.DECLARED);

      // 专家评分 is now in the expert's list
      browser.driver().get(baseUrl() + TASKLIST);
      tasklist.open(baseUrl());
      assertThat(expertFilterTaskIds(scoring.getId())).contains(scoring.getId()).doesNotContain(own.getId())
          .doesNotContainAnyElementsOf(othersTasks);
      assertThat(listedTaskName(scoring.getId())).isEqualTo("专家评分");

      tasklist.openTask(baseUrl(), scoring.getId());
      List<ThirdLevelItem> items = indicatorSets.get(evaluation.getIndicatorVersion()).items();
      ThirdLevelItem first = items.get(0);
      assertThat(label(fieldId(first))).isEqualTo(first.id() + " " + first.name() + "（满分 " + plain(first.max()) + " 分）");
      assertThat(browser.driver().findElements(By.cssSelector(".fjs-container input[id*='-Field_"
          + ScoringFormFields.SCORE_PREFIX + "']"))).hasSize(items.size());

      // a score above the item's maximum is refused by the form itself: error shown, 完成 disabled
      tasklist.text(fieldId(first), plain(first.max().add(BigDecimal.ONE)));
      WebElement error = awaitUi("error under " + first.id(), d -> d.findElements(FIELD_ERRORS).stream()
          .filter(WebElement::isDisplayed).filter(e -> e.getText().contains("不能大于")).findFirst().orElse(null));
      assertThat(error.getText()).contains("不能大于 " + plain(first.max()));
      awaitUi("完成 disabled", d -> !d.findElement(COMPLETE).isEnabled());
      browser.screenshot("expert-scoring-refused");

      Map<String, BigDecimal> typed = new LinkedHashMap<>();
      for (int i = 0; i < items.size(); i++) {
        ThirdLevelItem item = items.get(i);
        // the first two items below their maximum (one with a half point) so stored values are provably the typed ones
        BigDecimal points = switch (i) {
          case 0 -> item.max().subtract(new BigDecimal("0.5"));
          case 1 -> item.max().subtract(BigDecimal.ONE).max(BigDecimal.ZERO);
          default -> item.max();
        };
        typed.put(item.id(), points);
        tasklist.text(fieldId(item), plain(points));
      }
      tasklist.text("Field_comment", "材料完整，成果突出；建议加强技能传承的量化记录。");
      awaitUi("no errors left", d -> d.findElements(FIELD_ERRORS).stream().noneMatch(WebElement::isDisplayed));
      browser.screenshot("expert-scoring-form");
      complete();
      awaitEngine("score sheet accepted", () -> engine.getTaskService().createTaskQuery().taskId(scoring.getId())
          .count() == 0 ? Boolean.TRUE : null);

      EvaluationMember submitted = member(evaluation, expert);
      assertThat(submitted.getState()).isEqualTo(MemberState.SUBMITTED);
      assertThat(submitted.getComment()).isEqualTo("材料完整，成果突出；建议加强技能传承的量化记录。");
      Map<String, BigDecimal> stored = submitted.getScores().stream()
          .collect(Collectors.toMap(EvaluationMember.Points::getItemId, EvaluationMember.Points::getPoints));
      assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(typed.keySet());
      typed.forEach((item, points) -> assertThat(stored.get(item)).as(item).isEqualByComparingTo(points));
      assertThat(submitted.getVetoes()).isEmpty();
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(c.evaluation().getId())
          .taskAssignee(expert).count()).isZero();
      // the other experts still have their declarations to make
      assertThat(fixture.tasks(c, ExpertEvaluationProcess.DECLARE_CONFLICT)).extracting(Task::getId)
          .containsExactlyInAnyOrderElementsOf(othersTasks);
    } catch (RuntimeException | AssertionError e) {
      browser.screenshot("expert-evaluation-failure");
      throw e;
    }
  }

  /**
   * 完成 sits at the end of the long task pane; Selenium's own scrolling can leave it under Tasklist's footer, so it
   * is brought to the middle of the pane first.
   */
  private void complete() {
    WebElement button = browser.driver().findElement(COMPLETE);
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block:'center'})", button);
    tasklist.complete();
  }

  private boolean isDemoLogin(String userId) {
    return userId != null && DEMO_EXPERT.matcher(userId).matches()
        && engine.getIdentityService().createUserQuery().userId(userId).count() == 1;
  }

  /** Selects the 专家评审 filter and answers the ids of the tasks it lists once {@code expectedTaskId} is among them. */
  private List<String> expertFilterTaskIds(String expectedTaskId) {
    tasklist.selectFilter(EXPERT_FILTER);
    awaitUi("filter " + EXPERT_FILTER + " selected", d -> d.findElements(ACTIVE_FILTER).stream()
        .anyMatch(a -> a.getText().strip().startsWith(EXPERT_FILTER)));
    awaitUi("task " + expectedTaskId + " listed", d -> listedTaskIds().contains(expectedTaskId));
    return listedTaskIds();
  }

  private List<String> listedTaskIds() {
    return browser.driver().findElements(TASK_LINKS).stream().map(a -> a.getAttribute("href"))
        .filter(href -> href != null).map(TASK_ID::matcher).filter(Matcher::find).map(m -> m.group(1)).toList();
  }

  private String listedTaskName(String taskId) {
    return browser.driver().findElements(TASK_LINKS).stream()
        .filter(a -> String.valueOf(a.getAttribute("href")).matches(".*[?&]task=" + Pattern.quote(taskId) + "(&.*)?"))
        .map(a -> a.getText().strip()).findFirst().orElseThrow();
  }

  private String counter() {
    return browser.driver().findElements(By.cssSelector(".task-filter.active .counter")).stream()
        .map(e -> e.getText().strip()).findFirst().orElse("");
  }

  /** The field's label as the expert reads it, without form-js's required marker. */
  private String label(String componentId) {
    WebElement input = browser.driver().findElement(By.cssSelector("[id$='-" + componentId + "']"));
    return browser.driver().findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).getText()
        .replaceAll("\\s*\\*$", "").strip();
  }

  private EvaluationMember member(Evaluation evaluation, String expert) {
    return evaluationService.members(evaluation.getId()).stream().filter(m -> m.getExpertId().equals(expert))
        .filter(m -> m.getState().holdsSeat()).findFirst().orElseThrow();
  }

  private static String fieldId(ThirdLevelItem item) {
    return "Field_" + ScoringFormFields.scoreKey(item.id());
  }

  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  private <T> T awaitUi(String what, Function<WebDriver, T> condition) {
    try {
      return browser.await().until(condition);
    } catch (TimeoutException e) {
      throw new AssertionError("Tasklist: " + what + " did not happen; notifications: " + tasklist.notifications()
          + "; console: " + browser.consoleLog(), e);
    }
  }

  /** Polls the engine (the browser's request is asynchronous) until {@code probe} answers non-null. */
  private <T> T awaitEngine(String what, java.util.function.Supplier<T> probe) {
    try {
      return new WebDriverWait(browser.driver(), ENGINE_WAIT).until(d -> probe.get());
    } catch (TimeoutException e) {
      throw new AssertionError(what + " did not happen within " + ENGINE_WAIT.toSeconds() + " s; notifications: "
          + tasklist.notifications() + "; form errors: " + browser.driver().findElements(FIELD_ERRORS).stream()
              .map(WebElement::getText).toList() + "; console: " + browser.consoleLog(), e);
    }
  }
}
