package cn.szftu.studio.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportFormTest {

  @Test
  void aCompleteReportIsRead() {
    ReportContent content = ReportForm.read(ValidReport.of(), List.of());

    assertThat(content.projectCount()).isEqualTo(3);
    assertThat(content.inventionPatentCount()).isEqualTo(1);
    assertThat(content.economicBenefit()).isEqualByComparingTo("126.5");
    assertThat(content.traineeCount()).isEqualTo(240);
    assertThat(content.workSummary()).startsWith("本年度工作室");
  }

  @Test
  void aYearWithNothingToCountNeedsOnlyTheSummaryAndPlan() {
    Map<String, Object> form = ValidReport.of();
    for (String count : List.of("projectCount", "resultCount", "patentCount", "inventionPatentCount",
        "apprenticeCount", "promotionCount", "trainingCount", "traineeCount")) {
      form.put(count, 0L);
    }
    form.put("economicBenefit", 0L);
    form.remove("projectSummary");
    form.remove("resultsSummary");
    form.remove("benefitBasis");
    form.remove("teamChanges");

    ReportContent content = ReportForm.read(form, List.of());

    assertThat(content.projectSummary()).isNull();
    assertThat(content.economicBenefit()).isZero();
  }

  @Test
  void storedValuesOpenTheFormAgainAndReadBackTheSame() {
    ReportContent content = ReportForm.read(ValidReport.of(), List.of());
    Map<String, Object> values = ReportForm.values(content);
    assertThat(values.get("truthfulnessPledge")).as("pledged anew").isNull();
    values.put("truthfulnessPledge", true);

    assertThat(ReportForm.read(values, List.of())).usingRecursiveComparison()
        .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class).isEqualTo(content);
  }

  static Stream<Arguments> faults() {
    return Stream.of(
        fault("missing count", v -> v.remove("projectCount"), "年度攻关项目（项）（projectCount）：不能为空"),
        fault("text in a count", v -> v.put("patentCount", "两件"), "获授权专利（件）（patentCount）：应为数字"),
        fault("fraction in a count", v -> v.put("apprenticeCount", 2.5), "培养徒弟（人）（apprenticeCount）：应为整数"),
        fault("negative count", v -> v.put("resultCount", -1L), "创新成果（项）（resultCount）：应在 0 到 999 之间"),
        fault("count out of range", v -> v.put("traineeCount", 100_000L), "培训交流人次（traineeCount）：应在 0 到 99999 之间"),
        fault("benefit in yuan instead of 万元", v -> v.put("economicBenefit", 12_650_000L),
            "创造经济效益（万元）（economicBenefit）：应在 0 到 1000000 之间"),
        fault("three decimals", v -> v.put("economicBenefit", 1.255), "创造经济效益（万元）（economicBenefit）：最多保留 2 位小数"),
        fault("more invention patents than patents", v -> v.put("inventionPatentCount", 3L),
            "其中发明专利（件）（inventionPatentCount）：不能多于获授权专利数（2 件）"),
        fault("projects without what they were", v -> v.remove("projectSummary"),
            "主要攻关项目及进展（projectSummary）：不能为空"),
        fault("benefit without its basis", v -> v.put("benefitBasis", "  "), "经济效益测算依据（benefitBasis）：不能为空"),
        fault("trainees without trainings", v -> v.put("trainingCount", 0L),
            "培训交流人次（traineeCount）：未开展培训交流（0 场次）时人次应为 0"),
        fault("trainings without trainees", v -> v.put("traineeCount", 0L),
            "培训交流人次（traineeCount）：开展了 8 场培训交流，请填写参加人次"),
        fault("summary too short", v -> v.put("workSummary", "完成年度任务。"),
            "年度工作总结（workSummary）：不少于 50 个字（现为 7 个）"),
        fault("summary of 10,000 characters", v -> v.put("workSummary", "工".repeat(10_000)),
            "年度工作总结（workSummary）：不能超过 4000 个字符（现为 10000 个）"),
        fault("control characters", v -> v.put("nextYearPlan", "计划\u0000"), "下一年度工作计划（nextYearPlan）：含有不可见的控制字符"),
        fault("pledge not given", v -> v.put("truthfulnessPledge", false),
            "填报内容真实性承诺（truthfulnessPledge）：须勾选承诺填报内容真实、准确"));
  }

  private static Arguments fault(String name, Consumer<Map<String, Object>> change, String expected) {
    return Arguments.of(name, change, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void refusalNamesTheField(String name, Consumer<Map<String, Object>> change, String expected) {
    Map<String, Object> form = ValidReport.of();
    change.accept(form);

    assertThatThrownBy(() -> ReportForm.read(form, List.of())).isInstanceOf(InvalidSubmissionException.class)
        .hasMessageStartingWith("提交未成功").hasMessageContaining(expected);
  }

  @Test
  void everyProblemIsReportedAtOnceWithThoseFoundBefore() {
    Map<String, Object> form = ValidReport.of();
    form.remove("projectCount");
    form.put("patentCount", "两件");
    form.put("truthfulnessPledge", false);

    assertThatThrownBy(() -> ReportForm.read(form, List.of(new FieldProblem("isAdmin", "isAdmin", "不是本表单的字段"))))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("共 4 处需要修改")
        .hasMessageContaining("isAdmin（isAdmin）：不是本表单的字段")
        .hasMessageContaining("（projectCount）").hasMessageContaining("（patentCount）")
        .hasMessageContaining("（truthfulnessPledge）");
  }

  @Test
  void theUnionReadsEveryFigureAndText() {
    String text = ReportForm.text(ReportForm.read(ValidReport.of(), List.of()));

    assertThat(text).contains("【年度攻关项目（项）】3", "【创造经济效益（万元）】126.5", "【培训交流人次】240",
        "【下一年度工作计划】开展五轴加工在线检测攻关");
    assertThat(text.lines()).hasSize(ReportForm.FIELDS.size() - 1);
  }
}
