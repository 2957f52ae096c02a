package cn.szftu.studio.change;

import static cn.szftu.studio.change.ChangeFixture.*;

import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.registry.RegistryService;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.support.PostgresIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every class of bad input to studio-change is refused on the server with a Chinese message naming the field, and
 * leaves nothing behind: no process instance (runtime or history), no variable, no change or decision row, no
 * registry row. The same holds for review tasks: a refused submission leaves the task open and nothing recorded.
 */
class StudioChangeRefusalIT extends PostgresIntegrationTest {

  private static Studio shared;

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private HistoryService historyService;
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

  private ChangeFixture fixture;

  @BeforeEach
  void prepare() {
    fixture = new ChangeFixture(engine, indicatorSets, jdbc, registry, studios, applications, applicationService);
    if (shared == null) {
      shared = fixture.namedStudio();
    }
  }

  @AfterEach
  void clearAuthentication() {
    engine.getIdentityService().clearAuthentication();
  }

  private record Fault(String name, BiConsumer<Studio, Map<String, Object>> change, String expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> faults() {
    return Stream.of(
        fault("unknown naming number", (s, v) -> v.put("namingNumber", "SZMGCX-1999-999"),
            "工作室命名编号（namingNumber）：名录中没有命名编号为“SZMGCX-1999-999”的工作室"),
        fault("missing naming number", (s, v) -> v.remove("namingNumber"), "工作室命名编号（namingNumber）：不能为空"),
        fault("missing change type", (s, v) -> v.remove("changeType"), "变更类型（changeType）：请选择"),
        fault("unknown change type", (s, v) -> v.put("changeType", "MERGER"), "变更类型（changeType）：“MERGER”不是可选的值"),
        fault("missing reasons", (s, v) -> v.put("changeReasons", "  "), "变更理由（changeReasons）：不能为空"),
        fault("reasons of 10,000 characters", (s, v) -> v.put("changeReasons", "理".repeat(10_000)),
            "变更理由（changeReasons）：不能超过 2000 个字符（现为 10000 个）"),
        fault("a number in a text", (s, v) -> v.put("changeReasons", 42L), "变更理由（changeReasons）：应为文字"),
        fault("leader change without the new leader", (s, v) -> {
          v.putAll(leaderChange(s, "孙立", null));
          v.remove("newLeaderName");
        }, "新领衔人姓名（newLeaderName）：不能为空"),
        fault("new leader below the leader conditions", (s, v) -> {
          v.putAll(leaderChange(s, "孙立", null));
          v.put("newLeaderHonours", json("[{\"type\":\"OTHER\",\"level\":\"NATIONAL\",\"year\":2020,\"title\":\"优秀员工\"}]"));
        }, "新领衔人荣誉（newLeaderHonours）：新领衔人不符合领衔人条件"),
        fault("malformed honours", (s, v) -> {
          v.putAll(leaderChange(s, "孙立", null));
          v.put("newLeaderHonours", "{not json");
        }, "新领衔人荣誉（newLeaderHonours）：格式不正确"),
        fault("name of 101 characters", (s, v) -> v.put("newStudioName", "工".repeat(101)),
            "新工作室名称（newStudioName）：不能超过 100 个字符（现为 101 个）"),
        fault("name unchanged", (s, v) -> v.put("newStudioName", s.getStudioName()),
            "新工作室名称（newStudioName）：与现名称相同"),
        fault("host unit not in the organisation tree", (s, v) -> v.putAll(hostUnitChange(s, "YES",
            "91440300MA5DAAAA0" + cn.szftu.studio.organisation.UnifiedSocialCreditCode.checkCharacter(
                "91440300MA5DAAAA0"), "深圳市未登记科技有限公司")),
            "尚未在组织架构中登记为申报单位；请先联系市总工会将其登记，再申请变更"),
        fault("host unit with a wrong check digit", (s, v) -> v.putAll(hostUnitChange(s, "YES", "914403055738524116",
            CHIP_TEST_NAME)), "新依托单位统一社会信用代码（newHostUnitCreditCode）：“914403055738524116”不是有效的统一社会信用代码"),
        fault("a field of another type", (s, v) -> v.put("newHostUnitName", CHIP_TEST_NAME),
            "新依托单位名称（newHostUnitName）：仅在变更类型为“依托单位变更”时填写"),
        fault("unknown field", (s, v) -> v.put("status", "APPROVED"), "status（status）：不是本表单的字段"));
  }

  private static Arguments fault(String name, BiConsumer<Studio, Map<String, Object>> change, String expected) {
    return Arguments.of(new Fault(name, change, expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void aRefusedStartFormNamesTheFieldAndLeavesNothingBehind(Fault fault) {
    Studio studio = current();
    Map<String, Object> form = new HashMap<>(nameChange(studio, freshName("拒绝")));
    fault.change().accept(studio, form);
    Counts before = counts();

    Assertions.assertThatThrownBy(() -> fixture.start(APPLICANT, form))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageStartingWith("提交未成功")
        .hasMessageContaining(fault.expected());

    Assertions.assertThat(counts()).isEqualTo(before);
  }

  @Test
  void anotherUnitsApplicantIsRefusedAndNothingIsCreated() {
    Studio studio = current();
    Counts before = counts();

    Assertions.assertThatThrownBy(() -> fixture.start(OTHER_UNIT_APPLICANT, nameChange(studio, freshName("他单位"))))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("工作室命名编号（namingNumber）：该工作室的依托单位是“深圳市南山精工智能装备有限公司”，"
            + "不是您所在的单位；只能为本单位的工作室申请变更");

    Assertions.assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aRevokedStudioCannotBeChanged() {
    Studio studio = current();
    Counts before = counts();
    jdbc.update("update studio set status = 'REVOKED' where id = ?", studio.getId());
    try {
      Assertions.assertThatThrownBy(() -> fixture.start(APPLICANT, nameChange(studio, freshName("已撤销"))))
          .isInstanceOf(InvalidSubmissionException.class)
          .hasMessageContaining("该工作室当前为“已撤销”，已撤销的工作室不能申请变更");
    } finally {
      jdbc.update("update studio set status = 'NAMED' where id = ?", studio.getId());
    }
    Assertions.assertThat(counts()).isEqualTo(before);
  }

  @Test
  void startingWithoutALoggedInUserIsRefused() {
    Counts before = counts();

    Assertions.assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(StudioChangeProcess.KEY,
        nameChange(current(), freshName("匿名")))).isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("申请人（applicant）：须登录后提交变更申请");
    Assertions.assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aSecondChangeOfTheSameStudioIsRefusedWhileTheFirstRuns() {
    Studio studio = current();
    ProcessInstance first = fixture.start(APPLICANT, nameChange(studio, freshName("第一")));
    try {
      Counts before = counts();
      Assertions.assertThatThrownBy(() -> fixture.start(APPLICANT, leaderChange(studio, "周正", null)))
          .isInstanceOf(InvalidSubmissionException.class)
          .hasMessageContaining("该工作室已有一项变更申请正在办理");
      Assertions.assertThat(counts()).isEqualTo(before);
    } finally {
      fixture.decide(first, fixture.unionReviewer(), "REFUSE", "测试结束");
    }
  }

  static Stream<Arguments> taskFaults() {
    return Stream.of(
        Arguments.of("no decision", decision(null, null), "审核意见（decision）：请选择审核意见（“同意”、“退回补正”、“不同意”）"),
        Arguments.of("unknown decision", decision("PASS", null), "审核意见（decision）：“PASS”不是可选的审核意见"),
        Arguments.of("refusal without reasons", decision("REFUSE", " "), "意见说明（reasons）：选择“不同意”时必须说明理由"),
        Arguments.of("reasons of 10,000 characters", decision("REFUSE", "理".repeat(10_000)),
            "意见说明（reasons）：不能超过 2000 个字符（现为 10000 个）"),
        Arguments.of("unknown field", with(decision("APPROVE", null), "unitApproved", true),
            "unitApproved（unitApproved）：不是本表单的字段"),
        Arguments.of("a process variable overwritten (to skip the decision body)",
            with(decision("APPROVE", null), "changeType", "LEADER"), "changeType（changeType）：不是本表单的字段"),
        Arguments.of("another change's id", with(decision("APPROVE", null), "changeId", 1L),
            "changeId（changeId）：不是本表单的字段"));
  }

  private static Map<String, Object> with(Map<String, Object> values, String name, Object value) {
    values.put(name, value);
    return values;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("taskFaults")
  void aRefusedReviewSubmissionLeavesTheTaskOpenAndNothingRecorded(String name, Map<String, Object> values,
      String expected) {
    ProcessInstance instance = fixture.start(APPLICANT, nameChange(current(), freshName("审核")));
    try {
      Task task = fixture.task(instance);
      Counts before = counts();
      Map<String, Object> processBefore = runtimeService.getVariables(instance.getId());

      // the engine wraps a task listener's refusal; its message is what Tasklist shows
      Assertions.assertThatThrownBy(() -> fixture.complete(fixture.unionReviewer(), task, values))
          .isInstanceOf(ProcessEngineException.class).hasMessageContaining("提交未成功").hasMessageContaining(expected);

      Assertions.assertThat(counts()).isEqualTo(before);
      Assertions.assertThat(runtimeService.getVariables(instance.getId())).isEqualTo(processBefore);
      Assertions.assertThat(fixture.task(instance).getId()).isEqualTo(task.getId());
      Assertions.assertThat(jdbc.queryForObject("select status from studio_change where process_instance_id = ?",
          String.class, instance.getId())).isEqualTo("UNION_REVIEW");
    } finally {
      fixture.decide(instance, fixture.unionReviewer(), "REFUSE", "测试结束");
    }
  }

  private Studio current() {
    return studios.findById(shared.getId()).orElseThrow();
  }

  private record Counts(long runtimeInstances, long historicInstances, long runtimeVariables, long historicVariables,
      long historicDetails, long tasks, int changes, int decisions, int versions, int events, String studio) {
  }

  private Counts counts() {
    return new Counts(
        runtimeService.createProcessInstanceQuery().processDefinitionKey(StudioChangeProcess.KEY).count(),
        historyService.createHistoricProcessInstanceQuery().processDefinitionKey(StudioChangeProcess.KEY).count(),
        runtimeService.createVariableInstanceQuery().count(),
        historyService.createHistoricVariableInstanceQuery().count(),
        historyService.createHistoricDetailQuery().count(),
        engine.getTaskService().createTaskQuery().count(),
        count("studio_change"), count("studio_change_decision"), count("studio_version"), count("studio_event"),
        jdbc.queryForObject("select studio_name || '|' || leader_name || '|' || host_unit_code || '|' || status "
            + "from studio where id = ?", String.class, shared.getId()));
  }

  private int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }
}
