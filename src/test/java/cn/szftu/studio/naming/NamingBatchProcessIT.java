package cn.szftu.studio.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.szftu.studio.application.Application;
import cn.szftu.studio.application.ApplicationProcess;
import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.ApplicationStatus;
import cn.szftu.studio.batch.BatchEntry;
import cn.szftu.studio.batch.BatchEntryRepository;
import cn.szftu.studio.batch.BatchStage;
import cn.szftu.studio.batch.EntryOutcome;
import cn.szftu.studio.batch.NamingBatch;
import cn.szftu.studio.batch.NamingBatchProcess;
import cn.szftu.studio.batch.NamingBatchRepository;
import cn.szftu.studio.evaluation.EvaluationFixture;
import cn.szftu.studio.evaluation.EvaluationFixture.Case;
import cn.szftu.studio.evaluation.form.ScoringFormFields;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.notice.NewObjection;
import cn.szftu.studio.notice.Objection;
import cn.szftu.studio.notice.ObjectionService;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.scoring.VetoFlag;
import cn.szftu.studio.support.ActingUser;
import cn.szftu.studio.support.PostgresIntegrationTest;
import cn.szftu.studio.support.ProcessEnds;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A whole batch as the city office, the unions, the experts and the decision body run it: opened with the form,
 * eight applications from three unions, ranking (union quota, total quota, tie-break, veto, pass line), the decision
 * body removes one, the notice with one substantiated and one rejected objection, naming into the registry.
 */
class NamingBatchProcessIT extends PostgresIntegrationTest {

  /** A documentation address (TEST-NET-2), so these objections never count against the web tests' rate limits. */
  static final String OBJECTOR_ADDRESS = "198.51.100.7";

  @Autowired
  ProcessEngine engine;
  @Autowired
  IndicatorSets indicatorSets;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  NamingBatchRepository batches;
  @Autowired
  BatchEntryRepository entries;
  @Autowired
  ApplicationRepository applications;
  @Autowired
  ObjectionService objections;
  @Autowired
  StudioRepository studios;
  @Autowired
  Clock clock;

  @Test
  void aBatchRunsFromOpeningThroughRankingDecisionNoticeAndObjectionsToNaming() {
    EvaluationFixture fixture = new EvaluationFixture(engine, indicatorSets, jdbc);
    int year = freeYear();
    String code = String.valueOf(year);
    ProcessInstance batchInstance = open(year);
    try {
      assertThat(batchInstance.getBusinessKey()).isEqualTo(code);
      NamingBatch batch = batches.findById(code).orElseThrow();
      assertThat(batch.getProcessInstanceId()).isEqualTo(batchInstance.getId());
      assertThat(batch.getPassLine()).isEqualByComparingTo("75");
      assertThat(engine.getRuntimeService().getVariables(batchInstance.getId()).keySet())
          .containsExactlyInAnyOrder(NamingBatchProcess.VAR_BATCH_CODE, NamingBatchProcess.VAR_WINDOW_CLOSES_AT);

      String version = indicatorSets.getDefault().version();
      // dapeng: 95 and 90 (union quota 1 → 90 is cut); shenshan: 88 and 88, tie broken by 创新成果及应用;
      // direct: 85 proposed, 80 over the total quota of 4, 70 below the pass line, 99 with a veto
      Case a1 = fixture.passedInitialReview("dapeng");
      Case a2 = fixture.passedInitialReview("dapeng");
      Case a3 = fixture.passedInitialReview("shenshan");
      Case a4 = fixture.passedInitialReview("shenshan");
      Case a5 = fixture.passedInitialReview("direct");
      Case a6 = fixture.passedInitialReview("direct");
      Case a7 = fixture.passedInitialReview("direct");
      Case a8 = fixture.passedInitialReview("direct");
      closeWindow(code);
      jdbc.update("update batch_quota set quota = 1 where batch_code = ? and union_code = 'dapeng'", code);
      assertThat(List.of(a1, a2, a3, a4, a5, a6, a7, a8)).allSatisfy(c ->
          assertThat(application(c).getBatchCode()).isEqualTo(code));

      fixture.evaluateUniformly(a1, fixture.sheet(version, new BigDecimal("5")));
      fixture.evaluateUniformly(a2, fixture.sheet(version, new BigDecimal("10")));
      fixture.evaluateUniformly(a3, fixture.sheetDeductingFrom(version, new BigDecimal("12"), "A"));
      fixture.evaluateUniformly(a4, fixture.sheetDeductingFrom(version, new BigDecimal("12"), "C"));
      fixture.evaluateUniformly(a5, fixture.sheet(version, new BigDecimal("15")));
      fixture.evaluateUniformly(a6, fixture.sheet(version, new BigDecimal("30")));
      Map<String, Object> veto = fixture.sheet(version, BigDecimal.ONE);
      veto.put(ScoringFormFields.vetoKey(VetoFlag.DISHONESTY_LISTING), true);
      veto.put(ScoringFormFields.vetoFactsKey(VetoFlag.DISHONESTY_LISTING), "依托单位列入严重失信主体名单");
      fixture.evaluateUniformly(a7, veto);

      // the window has closed while one application is still with the experts: the batch waits for it
      fireTimer(batchInstance, NamingBatchProcess.WINDOW_CLOSED);
      assertThat(activities(batchInstance)).containsExactly(NamingBatchProcess.AWAIT_SETTLEMENT);
      fixture.evaluateUniformly(a8, fixture.sheet(version, new BigDecimal("20")));
      Task confirm = singleTask(batchInstance);
      assertThat(confirm.getTaskDefinitionKey()).isEqualTo(NamingBatchProcess.CONFIRM_PROPOSAL);

      assertThat(outcome(a1)).isEqualTo(EntryOutcome.PROPOSED);
      assertThat(outcome(a2)).isEqualTo(EntryOutcome.OVER_UNION_QUOTA);
      assertThat(outcome(a3)).isEqualTo(EntryOutcome.PROPOSED);
      assertThat(outcome(a4)).isEqualTo(EntryOutcome.PROPOSED);
      assertThat(entry(a3).getRank()).isEqualTo(entry(a4).getRank() - 1); // a4 lost 12 points in C itself
      assertThat(outcome(a5)).isEqualTo(EntryOutcome.PROPOSED);
      assertThat(outcome(a8)).isEqualTo(EntryOutcome.OVER_TOTAL_QUOTA);
      assertThat(outcome(a6)).isEqualTo(EntryOutcome.BELOW_PASS_LINE);
      assertThat(outcome(a7)).isEqualTo(EntryOutcome.VETOED);
      assertThat(engine.getTaskService().getVariableLocal(confirm.getId(), NamingBatchProcess.FIELD_PROPOSAL)
          .toString()).contains("拟命名 4 个，共 8 个申报参加排序").contains(number(a1));

      fixture.complete(EvaluationFixture.OFFICE, confirm, Map.of("decision", "CONFIRM"));
      Task decision = singleTask(batchInstance);
      assertThat(decision.getTaskDefinitionKey()).isEqualTo(NamingBatchProcess.LEADERSHIP_DECISION);
      Map<String, Object> removeUnknown = new HashMap<>();
      removeUnknown.put("decision", "APPROVE_WITH_REMOVALS");
      removeUnknown.put("removals", number(a2) + "：超出名额");
      assertThatThrownBy(() -> fixture.complete("leader", decision, removeUnknown))
          .isInstanceOf(ProcessEngineException.class).hasMessageContaining("不在本批次拟命名名单中");
      Map<String, Object> removeA5 = new HashMap<>();
      removeA5.put("decision", "APPROVE_WITH_REMOVALS");
      removeA5.put("removals", number(a5) + "：近三年台账不完整，暂缓命名");
      fixture.complete("leader", decision, removeA5);

      NamingBatch onNotice = batches.findById(code).orElseThrow();
      assertThat(onNotice.getStage()).isEqualTo(BatchStage.ON_NOTICE);
      assertThat(onNotice.getResultsPublishedAt()).isNotNull();
      assertThat(outcome(a5)).isEqualTo(EntryOutcome.REMOVED_BY_LEADERSHIP);
      assertThat(entries.findByBatchCodeAndOnNoticeTrueOrderByRankAsc(code)).extracting(BatchEntry::getApplicationId)
          .containsExactly(application(a1).getId(), application(a3).getId(), application(a4).getId());

      Objection substantiated = objections.lodge(objection(a3, "该工作室领衔人的荣誉证书系伪造。"));
      Objection rejected = objections.lodge(objection(a1, "该工作室实际并未开展活动。"));
      fireTimer(batchInstance, NamingBatchProcess.NOTICE_ENDED);
      assertThat(activities(batchInstance)).containsExactly(NamingBatchProcess.AWAIT_INVESTIGATIONS);

      investigate(fixture, a3, "SUBSTANTIATED", "经核实荣誉证书编号不存在");
      assertThat(activities(batchInstance)).containsExactly(NamingBatchProcess.AWAIT_INVESTIGATIONS);
      investigate(fixture, a1, "REJECTED", "活动台账齐全，异议不成立");
      assertThat(objections.get(substantiated.getId()).getStatus().name()).isEqualTo("SUBSTANTIATED");
      assertThat(objections.get(rejected.getId()).getStatus().name()).isEqualTo("REJECTED");
      assertThat(outcome(a3)).isEqualTo(EntryOutcome.REMOVED_BY_OBJECTION);

      Task naming = singleTask(batchInstance);
      assertThat(naming.getTaskDefinitionKey()).isEqualTo(NamingBatchProcess.ENTER_NAMING_DECISION);
      Map<String, Object> future = new HashMap<>();
      future.put("decisionNumber", "深工发〔" + year + "〕1号");
      future.put("decisionDate", LocalDate.now(clock).plusDays(3).toString());
      assertThatThrownBy(() -> fixture.complete(EvaluationFixture.OFFICE, naming, future))
          .isInstanceOf(ProcessEngineException.class).hasMessageContaining("不能晚于今天");
      Map<String, Object> namingDecision = new HashMap<>();
      namingDecision.put("decisionNumber", "深工发〔" + year + "〕1号");
      namingDecision.put("decisionDate", LocalDate.now(clock).toString());
      fixture.complete(EvaluationFixture.OFFICE, naming, namingDecision);
      // Each application ends in a job of its own after the decision reaches it.
      ProcessEnds.await(engine, List.of(a1, a2, a3, a4, a5, a6, a7, a8).stream()
          .map(c -> c.application().getId()).toArray(String[]::new));

      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(batchInstance.getId())
          .count()).isZero();
      List<Studio> named = studios.findByBatchCodeOrderByNamingNumberAsc(code);
      assertThat(named).extracting(Studio::getApplicationId)
          .containsExactly(application(a1).getId(), application(a4).getId());
      assertThat(named.get(0).getNamingNumber()).isEqualTo("SZMGCX-" + year + "-001");
      assertThat(named.get(0).getPanelScore()).isEqualByComparingTo("95.00");
      assertThat(named.get(0).getDecisionNumber()).isEqualTo("深工发〔" + year + "〕1号");
      assertThat(named.get(0).getUnionCode()).isEqualTo("dapeng");

      Map<Case, ApplicationStatus> expected = new LinkedHashMap<>();
      expected.put(a1, ApplicationStatus.NAMED);
      expected.put(a4, ApplicationStatus.NAMED);
      for (Case other : List.of(a2, a3, a5, a6, a7, a8)) {
        expected.put(other, ApplicationStatus.NOT_NAMED);
      }
      expected.forEach((c, status) -> {
        assertThat(application(c).getStatus()).as(number(c)).isEqualTo(status);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(c.application().getId())
            .count()).as(number(c) + " ended").isZero();
      });
      assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
          .processInstanceId(a5.application().getId()).activityId(ApplicationProcess.END_NOT_NAMED).count())
          .isEqualTo(1);
      assertThat(batches.findById(code).orElseThrow().getStage()).isEqualTo(BatchStage.NAMED);
    } finally {
      closeWindow(code);
    }
  }

  private ProcessInstance open(int year) {
    Map<String, Object> form = new HashMap<>();
    LocalDate today = LocalDate.now(clock);
    form.put("year", year);
    form.put("outcomeLabel", "命名");
    form.put("windowOpensOn", today.minusDays(1).toString());
    form.put("windowClosesOn", today.plusDays(30).toString());
    form.put("defaultQuota", 2);
    form.put("unionQuotas", "direct=4");
    form.put("totalQuota", 4);
    form.put("correctionWorkingDays", 10);
    form.put("noticeWorkingDays", 5);
    form.put("panelSize", 5);
    form.put("passLine", 75);
    form.put("disagreementThreshold", 15);
    return ActingUser.as(engine, EvaluationFixture.OFFICE, () -> engine.getFormService()
        .submitStartForm(engine.getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey(NamingBatchProcess.KEY).latestVersion().singleResult().getId(), form));
  }

  /**
   * Applications of later tests must not land in this batch: its window closes where it opened. Not "now": every JVM
   * of the second failsafe execution starts at the same business time again, and would find it open once more.
   */
  private void closeWindow(String code) {
    jdbc.update("update naming_batch set window_closes_at = window_opens_at where code = ?", code);
  }

  private int freeYear() {
    int year = 2030;
    while (batches.existsById(String.valueOf(year))) {
      year++;
    }
    return year;
  }

  private void fireTimer(ProcessInstance instance, String activityId) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(activityId).singleResult();
    assertThat(timer).as("timer " + activityId).isNotNull();
    engine.getManagementService().executeJob(timer.getId());
  }

  private void investigate(EvaluationFixture fixture, Case c, String conclusion, String reasons) {
    Task verify = applicationTask(c, ApplicationProcess.VERIFY_OBJECTION);
    String reviewer = fixture.unionReviewer(application(c).getUnionCode());
    fixture.complete(reviewer, verify, Map.of("findings", "已向依托单位核实。"));
    Task conclude = applicationTask(c, ApplicationProcess.CONCLUDE_OBJECTION);
    Map<String, Object> values = new HashMap<>();
    values.put("decision", conclusion);
    values.put("reasons", reasons);
    fixture.complete(EvaluationFixture.OFFICE, conclude, values);
  }

  private Task applicationTask(Case c, String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(c.application().getId())
        .taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  private NewObjection objection(Case c, String facts) {
    return new NewObjection(number(c), "张明", "13800138000", facts, null, null, null, OBJECTOR_ADDRESS);
  }

  private Task singleTask(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private List<String> activities(ProcessInstance instance) {
    return engine.getRuntimeService().getActiveActivityIds(instance.getId());
  }

  private Application application(Case c) {
    return applications.findByNumber(number(c)).orElseThrow();
  }

  private static String number(Case c) {
    return c.application().getBusinessKey();
  }

  private BatchEntry entry(Case c) {
    return entries.findByApplicationId(application(c).getId()).orElseThrow();
  }

  private EntryOutcome outcome(Case c) {
    return entry(c).getOutcome();
  }
}
