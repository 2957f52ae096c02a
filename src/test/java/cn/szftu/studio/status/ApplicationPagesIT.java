package cn.szftu.studio.status;

import cn.szftu.studio.DisplayDates;
import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.application.Application;
import cn.szftu.studio.application.ApplicationDecision;
import cn.szftu.studio.application.ApplicationDecisionRepository;
import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.ApplicationStatus;
import cn.szftu.studio.application.DecisionStep;
import cn.szftu.studio.support.PostgresIntegrationTest;
import cn.szftu.studio.support.WebSession;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 我的申报 and the detail page through the real server on PostgreSQL: who sees which application, what the page shows,
 * and the withdrawal form (confirmation required, other units refused with 404, the withdrawal recorded).
 */
class ApplicationPagesIT extends PostgresIntegrationTest {

  private static final Map<String, WebSession> SESSIONS = new HashMap<>();

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private ApplicationRepository applications;
  @Autowired
  private ApplicationDecisionRepository decisions;

  private ApplicationFixture fixture;
  private String number;

  @BeforeEach
  void application() {
    fixture = new ApplicationFixture(engine);
    number = fixture.submit("页面测试劳模创新工作室");
  }

  @Test
  void listShowsTheUnitsApplicationsToItsApplicantsAndReviewersOnly() {
    assertThat(as("applicant1").get("/applications").body()).contains(number).contains("页面测试劳模创新工作室")
        .contains("本单位的申报").contains("所在申报单位：深圳市南山精工智能装备有限公司").contains("待推荐单位审核");
    assertThat(as("nanshan").get("/applications").body()).contains("本推荐单位的申报").contains(number);
    assertThat(as("office").get("/applications").body()).contains("全部申报").contains(number);
    assertThat(as("applicant2").get("/applications").body()).doesNotContain(number)
        .contains("深圳市福田智慧电网技术有限公司");
    assertThat(as("futian").get("/applications").body()).doesNotContain(number);
    assertThat(as("expert1").get("/applications").body()).doesNotContain(number)
        .contains("您的账号没有关联申报单位");
  }

  @Test
  void detailPageIsVisibleToReadersAndNotFoundForEveryoneElse() {
    for (String reader : List.of("applicant1", "nanshan", "office", "leader", "demo")) {
      assertThat(as(reader).get(detailPath()).statusCode()).as(reader).isEqualTo(200);
    }
    for (String outsider : List.of("applicant2", "futian", "expert1")) {
      HttpResponse<String> page = as(outsider).get(detailPath());
      assertThat(page.statusCode()).as(outsider).isEqualTo(404);
      assertThat(page.body()).as(outsider).contains("页面不存在").doesNotContain("页面测试劳模创新工作室");
    }
    assertThat(as("applicant1").get("/applications/SQ-1999-9999").statusCode()).isEqualTo(404);
  }

  @Test
  void detailPageShowsTheContentHistoryAndFormsInChinese() {
    HttpResponse<String> response = as("applicant1").get(detailPath());
    String page = response.body();
    assertThat(page).contains("工作室名称", "页面测试劳模创新工作室", "领衔人荣誉", "劳动模范/先进工作者", "市级", "2019 年",
        "深圳市劳动模范", "高级技师", "12 年", "914403059927866662", "南山区总工会", "张三", "技术骨干", "技师", "中级职称",
        "活动场所面积（平方米）", "120.5", "300,000", "2019年3月1日", "五轴加工精度提升", "1,200,000", "13800138000");
    assertThat(page).contains("提交申报", "资格审查", "符合申报条件", "黄伟（applicant1）", "系统");
    assertThat(page).contains("上传证明材料", "撤回申报", "确认撤回");
    assertThat(page).doesNotContain("style=").doesNotContain("<script");
    assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("style-src 'self'").contains("script-src 'self'");

    String reviewerPage = as("nanshan").get(detailPath()).body();
    assertThat(reviewerPage).contains("页面测试劳模创新工作室").doesNotContain("确认撤回").doesNotContain("上传证明材料</h3>");
  }

  @Test
  void correctionDeadlineIsShownAsTheLastDay() {
    fixture.decide("nanshan", number, "RETURN", "请补充近三年工作台账");
    Application application = applications.findByNumber(number).orElseThrow();
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.CORRECTION_REQUIRED);
    String expected = "补正截止：" + DisplayDates.lastDay(application.getOpenDeadline());

    assertThat(as("applicant1").get("/applications").body()).contains(expected).contains("待补正");
    assertThat(as("applicant1").get(detailPath()).body()).contains(expected).contains("退回补正")
        .contains("请补充近三年工作台账").contains("李敏（nanshan）");
  }

  @Test
  void withdrawalNeedsTheConfirmationAndIsRecorded() {
    HttpResponse<String> unconfirmed = as("applicant1").post(detailPath() + "/withdraw", Map.of("reason", "不再申报"));
    assertThat(unconfirmed.statusCode()).isEqualTo(302);
    assertThat(as("applicant1").follow(unconfirmed).body())
        .contains("确认撤回（confirmed）：请勾选“确认撤回”后再提交").contains("不再申报");
    assertUnchanged();

    HttpResponse<String> confirmed = as("applicant1").post(detailPath() + "/withdraw",
        Map.of("reason", "单位调整，暂不申报", "confirmed", "true"));
    String page = as("applicant1").follow(confirmed).body();
    assertThat(page).contains("申报 " + number + " 已撤回").contains("已撤回").contains("单位调整，暂不申报")
        .doesNotContain("确认撤回（我已知晓");

    Application application = applications.findByNumber(number).orElseThrow();
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
    ApplicationDecision last = lastDecision(application);
    assertThat(last.getStep()).isEqualTo(DecisionStep.WITHDRAWAL);
    assertThat(last.getActorUserId()).isEqualTo("applicant1");
    assertThat(last.getReasons()).isEqualTo("单位调整，暂不申报");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number).count())
        .isZero();

    HttpResponse<String> again = as("applicant1").post(detailPath() + "/withdraw", Map.of("confirmed", "true"));
    assertThat(as("applicant1").follow(again).body()).contains("申报状态（status）：当前状态为“已撤回”");
  }

  @Test
  void withdrawalByAnotherUnitOrAReviewerIsNotFoundAndChangesNothing() {
    for (String other : List.of("applicant2", "nanshan", "office", "futian")) {
      HttpResponse<String> response = as(other).post(detailPath() + "/withdraw", Map.of("confirmed", "true"));
      assertThat(response.statusCode()).as(other).isEqualTo(404);
    }
    assertUnchanged();
  }

  private void assertUnchanged() {
    Application application = applications.findByNumber(number).orElseThrow();
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.AWAITING_RECOMMENDATION);
    assertThat(decisions.findByApplicationIdOrderByDecidedAtAscIdAsc(application.getId()))
        .noneMatch(d -> d.getStep() == DecisionStep.WITHDRAWAL);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number).count())
        .isEqualTo(1);
  }

  private ApplicationDecision lastDecision(Application application) {
    List<ApplicationDecision> all = decisions.findByApplicationIdOrderByDecidedAtAscIdAsc(application.getId());
    return all.get(all.size() - 1);
  }

  private String detailPath() {
    return "/applications/" + number;
  }

  private WebSession as(String user) {
    return SESSIONS.computeIfAbsent(user + "@" + port, u -> WebSession.login(baseUrl(), user, user));
  }
}
