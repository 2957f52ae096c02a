package cn.szftu.studio.change;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.registry.RegistryService;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.support.Browser;
import cn.szftu.studio.support.PostgresIntegrationTest;
import cn.szftu.studio.support.TasklistPage;
import cn.szftu.studio.support.ThrowawayUsers;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
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
 * In Chromium, from the Chinese Tasklist's 发起流程 dialog with the Camunda Form: applicant1 asks for a leader change
 * of their unit's named studio (new leader with an honour in the repeating group, new name), and the request reaches
 * the recommending union, whose reviewer opens it in 本单位待办 and sees the studio and the requested change.
 * applicant2, of another unit, asking for the same studio gets the server's Chinese refusal in the dialog, and no
 * instance is created.
 */
class StudioChangeBrowserIT extends PostgresIntegrationTest {

  private static final String TASKLIST = "/camunda/app/tasklist/default/";
  private static final String PROCESS_NAME = "工作室变更";
  private static final Duration ENGINE_WAIT = Duration.ofSeconds(60);
  private static final By FIELD_ERRORS = By.cssSelector(".fjs-form-field-error");

  private static Studio studio;

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private IndicatorSets indicatorSets;
  @Autowired
  private JdbcTemplate jdbc;
  @Autowired
  private RegistryService registry;
  @Autowired
  private StudioRepository studios;
  @Autowired
  private ApplicationRepository applications;
  @Autowired
  private ApplicationService applicationService;
  @Autowired
  private StudioChangeRepository changes;

  private ChangeFixture fixture;
  private Browser browser;
  private TasklistPage tasklist;

  @BeforeEach
  void prepare() {
    fixture = new ChangeFixture(engine, indicatorSets, jdbc, registry, studios, applications, applicationService);
    if (studio == null) {
      studio = fixture.namedStudio();
    }
    browser = Browser.start("zh-CN");
    tasklist = new TasklistPage(browser);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void applicantRequestsALeaderChangeInTasklistAndTheUnionSeesIt() {
    String newName = ChangeFixture.freshName("吴越");
    ProcessInstance instance = null;
    try {
      openStartForm(ChangeFixture.APPLICANT);
      tasklist.text("Field_namingNumber", studio.getNamingNumber());
      tasklist.radio("负责人变更");
      awaitUi("the leader's fields", d -> d.findElement(By.cssSelector("[id$='-Field_newLeaderName']")).isDisplayed());
      tasklist.text("Field_changeReasons", "原领衔人退休，由吴越接任");
      tasklist.text("Field_newLeaderName", "吴越");
      tasklist.text("Field_newLeaderPosition", "精密加工车间主任");
      tasklist.pick("Field_newLeaderSkillLevel", "高级技师");
      tasklist.pick("Field_honour_type_0", "五一劳动奖章");
      tasklist.pick("Field_honour_level_0", "省部级");
      tasklist.text("Field_honour_year_0", "2022");
      tasklist.text("Field_honour_title_0", "广东省五一劳动奖章");
      tasklist.text("Field_newStudioName", newName);
      // the host unit's fields belong to another change type and stay hidden
      assertThat(browser.driver().findElements(By.cssSelector("[id$='-Field_newHostUnitName']"))).noneMatch(
          WebElement::isDisplayed);
      awaitUi("no field errors", d -> d.findElements(FIELD_ERRORS).stream().noneMatch(WebElement::isDisplayed));
      browser.screenshot("studio-change-start-form");
      tasklist.submitStartForm();

      instance = awaitEngine("the change instance", () -> engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(StudioChangeProcess.KEY).processInstanceBusinessKey(studio.getNamingNumber())
          .singleResult());
      String instanceId = instance.getId();
      Task union = awaitEngine("the union's task", () -> engine.getTaskService().createTaskQuery()
          .processInstanceId(instanceId).singleResult());
      assertThat(union.getTaskDefinitionKey()).isEqualTo(StudioChangeProcess.UNION_REVIEW);
      assertThat(engine.getTaskService().getIdentityLinksForTask(union.getId())).extracting(IdentityLink::getGroupId)
          .contains("union-" + ChangeFixture.UNION);
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
          .singleResult().getStartUserId()).isEqualTo(ChangeFixture.APPLICANT);
      StudioChange change = changeOf(instance);
      assertThat(change.getType()).isEqualTo(ChangeType.LEADER);
      assertThat(change.getNewLeaderName()).isEqualTo("吴越");
      assertThat(change.getNewStudioName()).isEqualTo(newName);
      assertThat(ChangeTexts.honours(change.getNewLeaderHonours())).singleElement()
          .satisfies(h -> assertThat(ChangeTexts.honour(h)).isEqualTo("五一劳动奖章（省部级，2022 年）：广东省五一劳动奖章"));
      assertThat(change.getNewHostUnitName()).isNull();

      // the union's reviewer finds it in 本单位待办 and reads the studio and the requested change
      String reviewer = fixture.unionReviewer();
      browser.login(baseUrl() + TASKLIST, reviewer, ThrowawayUsers.PASSWORD);
      tasklist.open(baseUrl());
      tasklist.selectFilter("本单位待办");
      tasklist.openTask("推荐单位审核变更申请");
      awaitUi("the review form filled", d -> studio.getNamingNumber().equals(tasklist.value("Field_namingNumber")));
      assertThat(tasklist.value("Field_studioName")).isEqualTo(studio.getStudioName());
      assertThat(tasklist.value("Field_requestedChange")).contains("领衔人：" + studio.getLeaderName() + " → 吴越",
          "工作室名称：" + studio.getStudioName() + " → " + newName);
      browser.screenshot("studio-change-union-review");
    } catch (RuntimeException | AssertionError e) {
      browser.screenshot("studio-change-failure");
      throw e;
    } finally {
      if (instance != null) {
        fixture.decide(instance, fixture.unionReviewer(), "REFUSE", "浏览器测试结束");
      }
    }
  }

  @Test
  void anotherUnitsApplicantIsRefusedInTasklistAndNothingIsCreated() {
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(StudioChangeProcess.KEY).count();
    int changesBefore = jdbc.queryForObject("select count(*) from studio_change", Integer.class);
    try {
      openStartForm(ChangeFixture.OTHER_UNIT_APPLICANT);
      tasklist.text("Field_namingNumber", studio.getNamingNumber());
      tasklist.radio("名称变更");
      tasklist.text("Field_changeReasons", "更名");
      tasklist.text("Field_newStudioName", ChangeFixture.freshName("福田"));
      awaitUi("no field errors", d -> d.findElements(FIELD_ERRORS).stream().noneMatch(WebElement::isDisplayed));

      WebElement start = browser.driver().findElement(By.cssSelector("button[ng-click='startProcessInstance()']"));
      awaitUi("发起 enabled", d -> start.isEnabled());
      start.click();
      By refusal = By.xpath("//div[contains(@class,'modal-dialog')]//div[contains(@class,'alert-danger')]"
          + "[contains(normalize-space(.),'不是您所在的单位')]");
      WebElement shown = awaitUi("the server's refusal", d -> d.findElements(refusal).stream()
          .filter(WebElement::isDisplayed).findFirst().orElse(null));
      ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block:'center'})", shown);
      browser.screenshot("studio-change-other-unit-refused");
      assertThat(shown.getText()).contains("提交未成功：工作室命名编号（namingNumber）：该工作室的依托单位是“"
          + studio.getHostUnitName() + "”，不是您所在的单位；只能为本单位的工作室申请变更");
      assertThat(tasklist.value("Field_namingNumber")).isEqualTo(studio.getNamingNumber());

      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processDefinitionKey(StudioChangeProcess.KEY).count()).isEqualTo(before);
      assertThat(jdbc.queryForObject("select count(*) from studio_change", Integer.class)).isEqualTo(changesBefore);
      List<HistoricProcessInstance> forStudio = engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(studio.getNamingNumber()).processDefinitionKey(StudioChangeProcess.KEY)
          .startedBy(ChangeFixture.OTHER_UNIT_APPLICANT).list();
      assertThat(forStudio).isEmpty();
    } catch (RuntimeException | AssertionError e) {
      browser.screenshot("studio-change-refusal-failure");
      throw e;
    }
  }

  private void openStartForm(String user) {
    browser.login(baseUrl() + TASKLIST, user, user);
    tasklist.open(baseUrl());
    tasklist.startProcess(PROCESS_NAME);
    awaitUi("the change start form", d -> !d.findElements(By.cssSelector("[id$='-Field_namingNumber']")).isEmpty());
  }

  private StudioChange changeOf(ProcessInstance instance) {
    Long id = (Long) engine.getRuntimeService().getVariable(instance.getId(), StudioChangeProcess.VAR_CHANGE_ID);
    return changes.findById(id).orElseThrow();
  }

  private <T> T awaitUi(String what, Function<WebDriver, T> condition) {
    try {
      return browser.await().until(condition);
    } catch (TimeoutException e) {
      throw new AssertionError("Tasklist: " + what + " did not happen; notifications: " + tasklist.notifications()
          + "; form errors: " + formErrors() + "; console: " + browser.consoleLog(), e);
    }
  }

  private <T> T awaitEngine(String what, Supplier<T> probe) {
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
