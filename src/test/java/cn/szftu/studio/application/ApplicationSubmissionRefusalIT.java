package cn.szftu.studio.application;

import static cn.szftu.studio.application.ApplicationProcessFixture.*;

import cn.szftu.studio.application.form.InvalidSubmissionException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The start form is validated on the server. A refused submission says in Chinese which field is wrong (label and
 * key) and leaves nothing behind: no process instance (runtime or history), no variable, no application or decision
 * row, no application number used up.
 */
class ApplicationSubmissionRefusalIT extends ApplicationProcessTestBase {

  @Autowired
  private HistoryService historyService;
  @Autowired
  private JdbcTemplate jdbc;


  static Stream<Arguments> faults() {
    return Stream.of(
        fault("missing field", v -> v.remove("studioName"), "工作室名称（studioName）：不能为空"),
        fault("blank field", v -> v.put("leaderName", "   "), "领衔人姓名（leaderName）：不能为空"),
        fault("text in a number", v -> v.put("patents", "五项"), "授权专利（项）（patents）：应为数字"),
        fault("out of range", v -> v.put("leaderYearsInPost", 61L),
            "领衔人在本单位工作年限（leaderYearsInPost）：应在 0 到 60 之间"),
        fault("negative amount", v -> v.put("annualFunding", -1.0), "单位年度工作经费（元）（annualFunding）：应在 0 到"),
        fault("bad credit code check digit", v -> v.put("hostUnitCreditCode", "914403059927866663"),
            "申报单位统一社会信用代码（hostUnitCreditCode）：“914403059927866663”不是有效的统一社会信用代码"),
        fault("studio name of 101 characters", v -> v.put("studioName", "工".repeat(101)),
            "工作室名称（studioName）：不能超过 100 个字符（现为 101 个）"),
        fault("equipment text of 10,000 characters", v -> v.put("equipment", "设".repeat(10_000)),
            "主要设备设施（equipment）：不能超过 2000 个字符（现为 10000 个）"),
        fault("unknown field", v -> v.put("isAdmin", true), "isAdmin（isAdmin）：不是本表单的字段"),
        fault("unknown enum value in a repeating group row", v -> v.put("teamMembers",
            json("[{\"name\":\"张三\",\"role\":\"技术骨干\",\"skillLevel\":\"GRANDMASTER\"}]")),
            "团队成员第 1 条·技能等级/职称（teamMembers[0].skillLevel）：“GRANDMASTER”不是可选的值"),
        fault("unknown key in a repeating group row", v -> v.put("leaderHonours", json(
            "[{\"type\":\"MODEL_WORKER\",\"level\":\"CITY\",\"year\":2019,\"title\":\"深圳市劳动模范\",\"score\":100}]")),
            "score（leaderHonours[0].score）：不是本表单的字段"),
        fault("unknown recommending union", v -> v.put("recommendingUnion", "atlantis"),
            "推荐单位（recommendingUnion）：“atlantis”不是有效的推荐单位"),
        fault("pledge not given", v -> v.put("truthfulnessPledge", false),
            "申报材料真实性承诺（truthfulnessPledge）：须勾选"),
        fault("another unit's credit code", v -> v.put("hostUnitCreditCode", OTHER_UNIT_CREDIT_CODE),
            "申报单位统一社会信用代码（hostUnitCreditCode）：与您所在申报单位登记的统一社会信用代码不一致，只能为本单位申报"));
  }

  private static Arguments fault(String name, Consumer<Map<String, Object>> change, String expected) {
    return Arguments.of(name, change, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void refusedStartFormNamesTheFieldAndLeavesNothingBehind(String name, Consumer<Map<String, Object>> change,
      String expected) {
    Map<String, Object> form = validForm();
    change.accept(form);
    Counts before = counts();

    Assertions.assertThatThrownBy(() -> cases.startAsApplicant(form))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageStartingWith("提交未成功")
        .hasMessageContaining(expected);

    Assertions.assertThat(counts()).isEqualTo(before);
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    Map<String, Object> form = validForm();
    form.remove("studioName");
    form.put("patents", "五项");
    form.put("contactMobile", "12345");
    Counts before = counts();

    Assertions.assertThatThrownBy(() -> cases.startAsApplicant(form))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("共 3 处需要修改")
        .hasMessageContaining("工作室名称（studioName）")
        .hasMessageContaining("授权专利（项）（patents）")
        .hasMessageContaining("联系人手机号码（contactMobile）");
    Assertions.assertThat(counts()).isEqualTo(before);
  }

  @Test
  void applyingForAnotherUnitIsRefused() {
    Map<String, Object> form = validForm("futian");
    form.put("hostUnitName", "深圳市福田智慧电网技术有限公司");
    form.put("hostUnitCreditCode", OTHER_UNIT_CREDIT_CODE);
    Counts before = counts();

    Assertions.assertThatThrownBy(() -> cases.startAsApplicant(form))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("申报单位统一社会信用代码（hostUnitCreditCode）")
        .hasMessageContaining("只能为本单位申报");
    Assertions.assertThat(counts()).isEqualTo(before);
    // the same form is accepted from that unit's own applicant
    Assertions.assertThat(cases.start("applicant2", form).getBusinessKey()).matches("SQ-2026-\\d{4}");
  }

  @Test
  void startingWithoutALoggedInApplicantIsRefused() {
    Counts before = counts();

    Assertions.assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ApplicationProcess.KEY, validForm()))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("申报人（applicant）：须登录后提交申报");
    Assertions.assertThat(counts()).isEqualTo(before);
  }

  @Test
  void acceptedSubmissionTakesTheNextNumberWithoutGaps() {
    int last = lastNumber();
    Map<String, Object> refused = validForm();
    refused.remove("studioName");
    Assertions.assertThatThrownBy(() -> cases.startAsApplicant(refused)).isInstanceOf(InvalidSubmissionException.class);

    String number = cases.startAsApplicant(validForm("futian")).getBusinessKey();

    Assertions.assertThat(number).isEqualTo(String.format("SQ-2026-%04d", last + 1));
  }

  private int lastNumber() {
    return jdbc.query("select last_value from application_number where number_year = 2026",
        rs -> rs.next() ? rs.getInt(1) : 0);
  }

  private record Counts(long runtimeInstances, long historicInstances, long runtimeVariables, long historicVariables,
      long historicDetails, long applications, long decisions, int lastNumber) {
  }

  private Counts counts() {
    return new Counts(
        runtimeService.createProcessInstanceQuery().count(),
        historyService.createHistoricProcessInstanceQuery().count(),
        runtimeService.createVariableInstanceQuery().count(),
        historyService.createHistoricVariableInstanceQuery().count(),
        historyService.createHistoricDetailQuery().count(),
        applications.count(),
        decisions.count(),
        lastNumber());
  }
}
