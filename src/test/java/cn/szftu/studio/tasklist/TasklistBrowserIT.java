package cn.szftu.studio.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.support.Browser;
import cn.szftu.studio.support.PostgresIntegrationTest;
import java.util.List;
import cn.szftu.studio.support.ThrowawayUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Two roles log in through the one login page and land in the Chinese Tasklist with their own filters only. The
 * browser's language is English on purpose: Chinese must be the default whatever the browser says.
 */
class TasklistBrowserIT extends PostgresIntegrationTest {

  private static final By FILTER_NAMES = By.cssSelector(".task-filter h4.name a");
  private static final By START_PROCESS = By.cssSelector("li.start-process-action a");

  @Autowired
  private IdentityService identityService;

  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void unionReviewerSeesChineseTasklistWithOwnFilters() {
    browser.login(baseUrl() + "/camunda/app/tasklist/default/", "nanshan", "nanshan");

    assertThat(filterNames()).containsExactly("我的待办", "本单位待办");
    assertThat(browser.driver().findElement(START_PROCESS).getText()).isEqualTo("发起流程");
    assertThat(firstFilterTooltip()).isEqualTo("已分配给我的任务");
    browser.screenshot("tasklist-nanshan");
  }

  @Test
  void cityOfficeSeesItsFiltersIncludingAllTasks() {
    browser.login(baseUrl() + "/camunda/app/tasklist/default/", "office", "office");

    assertThat(filterNames()).containsExactly("我的待办", "市总待办", "全部待办");
    browser.screenshot("tasklist-office");
  }

  @Test
  void administratorOpensCockpitAndAdminInChinese() {
    browser.login(baseUrl() + "/camunda/app/cockpit/default/", "demo", "demo");
    browser.await().until(ExpectedConditions.titleContains("深圳市总工会 运行监控"));
    browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "流程定义"));
    browser.screenshot("cockpit-demo");

    browser.driver().get(baseUrl() + "/camunda/app/admin/default/#/users");
    browser.await().until(ExpectedConditions.titleContains("深圳市总工会 系统管理"));
    browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "用户"));
    browser.screenshot("admin-demo");
  }

  @Test
  void applicantCannotOpenCockpit() {
    browser.login(baseUrl() + "/camunda/app/tasklist/default/", "applicant1", "applicant1");
    assertThat(filterNames()).containsExactly("我的待办", "本单位待办");
    browser.driver().get(baseUrl() + "/camunda/app/cockpit/default/");
    browser.await().until(d -> !d.getCurrentUrl().contains("/camunda/app/cockpit/default/#/dashboard"));
    browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "无权访问"));
    browser.screenshot("cockpit-applicant");
    assertThat(browser.driver().getPageSource()).doesNotContain("流程定义");
  }

  @Test
  void logoutFromTasklistEndsTheSessionEverywhere() {
    browser.login(baseUrl() + "/camunda/app/tasklist/default/", "futian", "futian");
    browser.await().until(ExpectedConditions.textToBe(START_PROCESS, "发起流程"));

    browser.driver().findElement(By.cssSelector("li.account a.dropdown-toggle")).click();
    browser.await().until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.logout a"))).click();

    browser.await().until(ExpectedConditions.urlContains("/login?logout"));
    assertThat(browser.driver().findElement(By.cssSelector(".notice")).getText()).contains("您已安全退出");
    browser.driver().get(baseUrl() + "/camunda/app/tasklist/default/");
    browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
  }

  @Test
  void loginPageIsChineseAndRejectsBadPasswordWithoutSayingWhy() {
    String user = ThrowawayUsers.create(identityService, "browser-wrong-password");
    browser.login(baseUrl() + "/camunda/app/tasklist/default/", user, "wrong-password");

    WebElement error = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.error")));
    assertThat(error.getText()).contains("用户名或密码错误");
    assertThat(browser.driver().getTitle()).startsWith("登录");
  }

  @Test
  void userMaySwitchToEnglishAndBack() {
    browser.login(baseUrl() + "/camunda/app/tasklist/default/", "nanshan", "nanshan");
    browser.await().until(ExpectedConditions.textToBe(START_PROCESS, "发起流程"));

    browser.driver().get(baseUrl() + "/locale?lang=en&next=/camunda/app/tasklist/default/");
    browser.await().until(ExpectedConditions.textToBe(START_PROCESS, "Start process"));

    browser.driver().get(baseUrl() + "/locale?lang=zh&next=/camunda/app/tasklist/default/");
    browser.await().until(ExpectedConditions.textToBe(START_PROCESS, "发起流程"));
  }

  private List<String> filterNames() {
    browser.await().until(ExpectedConditions.numberOfElementsToBeMoreThan(FILTER_NAMES, 0));
    browser.await().until(d -> d.findElements(FILTER_NAMES).stream().noneMatch(e -> e.getText().isBlank()));
    return browser.driver().findElements(FILTER_NAMES).stream()
        .map(e -> e.getText().replaceAll("\\s*\\d+$", "").strip()).toList();
  }

  private String firstFilterTooltip() {
    return browser.driver().findElement(By.cssSelector(".task-filter h4.name")).getAttribute("uib-tooltip");
  }
}
