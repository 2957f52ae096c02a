package cn.szftu.studio.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.registry.NamedStudioFixture;
import cn.szftu.studio.registry.RegistryService;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.support.PostgresIntegrationTest;
import cn.szftu.studio.support.RestClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every refused report says in Chinese which field is wrong (label and key), all problems at once, and leaves nothing
 * behind: the task stays open as it was, and the instance's variables, history, the report row, its record and its
 * mails are exactly as before. Run against one report waiting at 填报年度报告.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportRefusalIT extends PostgresIntegrationTest {

  @Autowired ProcessEngine engine;
  @Autowired IndicatorSets indicatorSets;
  @Autowired JdbcTemplate jdbc;
  @Autowired RegistryService registry;
  @Autowired StudioRepository studioRepository;
  @Autowired ApplicationRepository applications;
  @Autowired ApplicationService applicationService;
  @Autowired AnnualReportRounds rounds;

  ReportFixture fixture;
  ProcessInstance instance;
  long reportId;

  @BeforeAll
  void reportWaitingForTheUnit() {
    fixture = new ReportFixture(engine, new NamedStudioFixture(engine, indicatorSets, jdbc, registry,
        studioRepository, applications, applicationService), rounds, jdbc);
    Studio studio = fixture.namedStudio();
    instance = fixture.start(studio);
    reportId = fixture.reportId(instance);
  }

  static Stream<Arguments> faults() {
    return Stream.of(
        fault("missing count", v -> v.remove("resultCount"), "创新成果（项）（resultCount）：不能为空"),
        fault("text in a count", v -> v.put("patentCount", "两件"), "获授权专利（件）（patentCount）：应为数字"),
        fault("count out of range", v -> v.put("apprenticeCount", 1000L), "培养徒弟（人）（apprenticeCount）：应在 0 到 999 之间"),
        fault("negative benefit", v -> v.put("economicBenefit", -5.0), "创造经济效益（万元）（economicBenefit）：应在 0 到"),
        fault("invention patents over patents", v -> v.put("inventionPatentCount", 9L),
            "其中发明专利（件）（inventionPatentCount）：不能多于获授权专利数（2 件）"),
        fault("benefit without its basis", v -> v.remove("benefitBasis"), "经济效益测算依据（benefitBasis）：不能为空"),
        fault("summary of 10,000 characters", v -> v.put("workSummary", "工".repeat(10_000)),
            "年度工作总结（workSummary）：不能超过 4000 个字符"),
        fault("pledge not given", v -> v.put("truthfulnessPledge", false), "填报内容真实性承诺（truthfulnessPledge）：须勾选"),
        fault("unknown field", v -> v.put("isAdmin", true), "isAdmin（isAdmin）：不是本表单的字段"),
        fault("a process variable under the form's cover", v -> v.put("filingOutcome", "FILED"),
            "filingOutcome（filingOutcome）：不是本表单的字段"),
        fault("another studio's report", v -> v.put("reportId", 1L), "reportId（reportId）：不是本表单的字段"),
        fault("another union to review it", v -> v.put("unionGroup", "union-futian"),
            "unionGroup（unionGroup）：不是本表单的字段"));
  }

  private static Arguments fault(String name, Consumer<Map<String, Object>> change, String expected) {
    return Arguments.of(name, change, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void refusedReportNamesTheFieldAndLeavesNothingBehind(String name, Consumer<Map<String, Object>> change,
      String expected) {
    Map<String, Object> form = ValidReport.of();
    change.accept(form);
    Snapshot before = snapshot();

    assertThatThrownBy(() -> fixture.complete(ReportFixture.UNIT_USER, fileTask(), form))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("提交未成功").hasMessageContaining(expected);

    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    Map<String, Object> form = ValidReport.of();
    form.remove("projectCount");
    form.put("trainingCount", 0L);
    form.put("workSummary", "已完成。");
    form.put("isAdmin", true);
    Snapshot before = snapshot();

    assertThatThrownBy(() -> fixture.complete(ReportFixture.UNIT_USER, fileTask(), form))
        .hasMessageContaining("共 4 处需要修改").hasMessageContaining("（isAdmin）")
        .hasMessageContaining("（projectCount）").hasMessageContaining("（traineeCount）")
        .hasMessageContaining("（workSummary）");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void theRestApiAnswersARefusalWith400AndTheSentence() {
    Snapshot before = snapshot();

    HttpResponse<String> response = new RestClient(baseUrl()).post("/task/" + fileTask().getId() + "/submit-form",
        ReportFixture.UNIT_USER, "{\"variables\":{\"projectCount\":{\"value\":\"很多\",\"type\":\"String\"},"
            + "\"role\":{\"value\":\"admin\",\"type\":\"String\"}}}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("提交未成功", "年度攻关项目（项）（projectCount）：应为数字", "role（role）：不是本表单的字段");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void anotherUnitCannotFileTheReport() {
    Snapshot before = snapshot();

    assertThatThrownBy(() -> fixture.complete("applicant2", fileTask(), ValidReport.of()))
        .isInstanceOf(ProcessEngineException.class);
    assertThat(snapshot()).isEqualTo(before);
  }

  private Task fileTask() {
    return fixture.task(instance, AnnualReportProcess.FILE_REPORT);
  }

  private record Snapshot(String taskId, String assignee, List<String> openTasks, long runtimeVariables,
      long historicVariables, long historicDetails, long historicTasks, Map<String, Object> report, long decisions,
      long mails) {
  }

  private Snapshot snapshot() {
    Task task = fileTask();
    String pid = instance.getId();
    return new Snapshot(task.getId(), task.getAssignee(), fixture.openTasks(instance),
        engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(pid).count(),
        engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pid).count(),
        engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pid).count(),
        engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(pid).count(),
        jdbc.queryForMap("select * from annual_report where id = ?", reportId),
        jdbc.queryForObject("select count(*) from annual_report_decision where report_id = ?", Long.class, reportId),
        jdbc.queryForObject("select count(*) from mail_outbox where dedup_key like ?", Long.class,
            "annual-report/" + reportId + "/%"));
  }
}
