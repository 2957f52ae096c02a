package cn.szftu.studio.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.support.Browser;
import cn.szftu.studio.support.PostgresIntegrationTest;
import cn.szftu.studio.support.TasklistPage;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The acceptance path in Chromium against the running app: an applicant starts an application from Tasklist with the
 * Camunda Form, the union returns it for correction, the applicant corrects it, the union recommends, the city office
 * passes it, and the application's page shows every step.
 */
class ApplicationPathBrowserIT extends PostgresIntegrationTest {

  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private ApplicationRepository applications;

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
  void applicationFromTasklistThroughCorrectionRecommendationAndInitialReview() {
    String studio = "浏览器测试劳模和工匠人才创新工作室 " + Long.toString(System.nanoTime(), 36);
    browser.login(baseUrl() + "/camunda/app/tasklist/default/", "applicant1", "applicant1");
    tasklist.open(baseUrl());
    tasklist.startProcess("命名申报");
    fillApplication(studio);
    browser.screenshot("application-start-form");
    tasklist.submitStartForm();

    Application application = awaitApplication(studio);
    String number = application.getNumber();
    assertThat(number).matches("SQ-2026-\\d{4}");
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
    assertThat(instance).isNotNull();

    actOnTask(instance, "nanshan", "本单位待办", "推荐单位审核", () -> {
      tasklist.radio("退回补正");
      tasklist.text("Field_reasons", "请补充主要设备清单及照片");
    });
    awaitTask(instance, "Task_CorrectApplication");

    actOnTask(instance, "applicant1", "我的待办", "补正申报材料", () -> {
      assertThat(tasklist.value("Field_studioName")).isEqualTo(studio);
      assertThat(tasklist.value("Field_correctionReasons")).contains("请补充主要设备清单及照片");
      tasklist.text("Field_venueAddress", "深圳市南山区西丽街道创新路 1 号 3 楼（301 室）");
      tasklist.text("Field_equipment", "五轴加工中心 2 台；三坐标测量机 1 台（照片见证明材料）");
      tasklist.check("Field_truthfulnessPledge");
      tasklist.radio("修改后重新提交");
      browser.screenshot("application-correction-form");
    });
    awaitTask(instance, "Task_RecommendApplication");

    actOnTask(instance, "nanshan", "本单位待办", "推荐单位审核", () -> tasklist.radio("推荐"));
    awaitTask(instance, "Task_InitialReview");

    actOnTask(instance, "office", "市总待办", "市总工会初审", () -> tasklist.radio("通过"));
    browser.await().until(d -> applications.findByNumber(number).orElseThrow().getStatus()
        == ApplicationStatus.EXPERT_EVALUATION);

    browser.login(baseUrl() + "/applications/" + number, "applicant1", "applicant1");
    browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), number));
    String page = browser.driver().findElement(By.tagName("body")).getText();
    browser.screenshot("application-detail-after-path");
    assertThat(page).contains("专家评审", "提交申报", "推荐单位审核", "退回补正", "请补充主要设备清单及照片",
        "补正申报材料", "推荐", "市总工会初审", "通过", "创新路 1 号 3 楼（301 室）", "五轴加工中心 2 台；三坐标测量机 1 台");
  }

  /** The user finds the case's task in the filter their role sees, then works on it. */
  private void actOnTask(ProcessInstance instance, String user, String filter, String taskName, Runnable fill) {
    browser.login(baseUrl() + "/camunda/app/tasklist/default/", user, user);
    tasklist.open(baseUrl());
    tasklist.selectFilter(filter);
    browser.await().until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//li[contains(@class,'task')]//a[normalize-space(.)='" + taskName + "']")));
    tasklist.openTask(baseUrl(), taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId());
    tasklist.claim();
    fill.run();
    tasklist.complete();
  }

  private void awaitTask(ProcessInstance instance, String taskDefinitionKey) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> taskService.createTaskQuery()
        .processInstanceId(instance.getId()).taskDefinitionKey(taskDefinitionKey).count() == 1);
  }

  private Application awaitApplication(String studio) {
    browser.await().until(d -> applications.findAll().stream().anyMatch(a -> a.getStudioName().equals(studio)));
    return applications.findAll().stream().filter(a -> a.getStudioName().equals(studio)).findFirst().orElseThrow();
  }

  private void fillApplication(String studio) {
    tasklist.text("Field_studioName", studio);
    tasklist.text("Field_hostUnitName", "深圳市南山精工智能装备有限公司");
    tasklist.text("Field_hostUnitCreditCode", "914403059927866662");
    tasklist.pick("Field_recommendingUnion", "南山区总工会");
    tasklist.text("Field_leaderName", "黄伟");
    tasklist.pick("Field_leaderSkillLevel", "高级技师");
    tasklist.text("Field_leaderYearsInPost", "12");
    tasklist.pick("Field_honour_type_0", "劳动模范/先进工作者");
    tasklist.pick("Field_honour_level_0", "市级");
    tasklist.text("Field_honour_year_0", "2019");
    tasklist.text("Field_honour_title_0", "深圳市劳动模范");
    List<String[]> members = List.of(new String[] {"张三", "数控编程", "技师"},
        new String[] {"李四", "工艺改进", "高级工"}, new String[] {"王五", "质量检测", "中级职称"});
    for (int i = 0; i < members.size(); i++) {
      tasklist.text("Field_member_name_" + i, members.get(i)[0]);
      tasklist.text("Field_member_role_" + i, members.get(i)[1]);
      tasklist.pick("Field_member_skillLevel_" + i, members.get(i)[2]);
    }
    tasklist.text("Field_venueAddress", "深圳市南山区西丽街道创新路 1 号 3 楼");
    tasklist.text("Field_venueArea", "120.5");
    tasklist.text("Field_annualFunding", "300000");
    tasklist.date("Field_operatingSince", java.time.LocalDate.of(2019, 6, 1));
    tasklist.text("Field_equipment", "五轴加工中心 2 台");
    tasklist.text("Field_annualPlan", "开展精密加工攻关与技能培训");
    tasklist.text("Field_topic_title_0", "薄壁件变形控制");
    tasklist.text("Field_workRules", "每周例会；导师带徒制度");
    for (String[] count : new String[][] {{"patents", "3"}, {"standards", "1"}, {"awards", "2"}, {"methods", "4"},
        {"economicBenefit", "1250000.75"}, {"apprentices", "8"}, {"promotions", "5"}, {"trainings", "12"}}) {
      tasklist.text("Field_" + count[0], count[1]);
    }
    tasklist.text("Field_demonstrationActivities", "面向区内企业开展示范交流 6 次");
    tasklist.text("Field_contactName", "黄伟");
    tasklist.text("Field_contactMobile", "13800138000");
    tasklist.check("Field_truthfulnessPledge");
  }
}
