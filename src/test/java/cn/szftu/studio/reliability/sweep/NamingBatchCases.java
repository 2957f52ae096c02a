package cn.szftu.studio.reliability.sweep;

import static cn.szftu.studio.reliability.sweep.SweepSteps.values;
import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.evaluation.EvaluationFixture;
import cn.szftu.studio.evaluation.EvaluationFixture.Case;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.notice.NewObjection;
import cn.szftu.studio.notice.ObjectionService;
import cn.szftu.studio.support.ActingUser;
import cn.szftu.studio.support.ProcessEnds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.Job;

/**
 * A naming batch of the sweep's own, as NamingBatchProcessIT: opened in a free year from 2030 on, one application
 * lands in it, its window is closed where it opened (so no later test's application, nor the second failsafe run's,
 * lands in it), the proposal is confirmed and approved, an objection is lodged during the notice, verified and
 * rejected, and the naming decision is entered. The shared demo batch is not touched.
 */
final class NamingBatchCases {

  private static final String KEY = "naming-batch";
  private static final String APPLICATION = "studio-application";

  private final SweepSteps steps;
  private final EvaluationFixture evaluation;
  private final IndicatorSets indicatorSets;
  private final ObjectionService objections;

  NamingBatchCases(SweepSteps steps, EvaluationFixture evaluation, IndicatorSets indicatorSets,
      ObjectionService objections) {
    this.steps = steps;
    this.evaluation = evaluation;
    this.indicatorSets = indicatorSets;
    this.objections = objections;
  }

  /** 开批 → 申报 → 截止 → 确认拟命名 → 领导审定 → 公示异议 → 核实 → 认定 → 录入命名决定. */
  void batchWithObjection(String office, String leader, LocalDate today) {
    int year = freeYear();
    String code = String.valueOf(year);
    String batch = open(office, year, today);
    try {
      Case applied = evaluation.passedInitialReview("dapeng");
      closeWindow(code);
      assertThat(steps.jdbc.queryForObject("select batch_code from application where number = ?", String.class,
          applied.application().getBusinessKey())).as("application in the sweep's batch").isEqualTo(code);
      evaluation.evaluateUniformly(applied, evaluation.sheet(indicatorSets.getDefault().version(),
          new BigDecimal("5")));
      fireTimer(batch, "Event_WindowClosed");

      steps.sweeper.sweepTask(steps.usage(KEY, "Task_ConfirmProposal"), office,
          steps.tasks(batch, "Task_ConfirmProposal", 1).get(0).getId(),
          values("decision", "CONFIRM", "reasons", "排序结果无误。"), Set.of());
      steps.sweeper.sweepTask(steps.usage(KEY, "Task_LeadershipDecision"), leader,
          steps.tasks(batch, "Task_LeadershipDecision", 1).get(0).getId(),
          values("decision", "APPROVE", "removals", null, "reasons", "同意。"), Set.of());

      String number = applied.application().getBusinessKey();
      objections.lodge(new NewObjection(number, "张明", "13800138000", "该工作室实际并未开展活动。", null, null, null,
          "198.51.100.7"));
      fireTimer(batch, "Event_NoticeEnded");
      String reviewer = steps.sweeper.throwaway(evaluation.unionReviewer("dapeng"));
      String instance = applied.application().getId();
      steps.sweeper.sweepTask(steps.usage(APPLICATION, "Task_VerifyObjection"), reviewer,
          steps.tasks(instance, "Task_VerifyObjection", 1).get(0).getId(),
          values("findings", "已向依托单位核实活动台账。"), Set.of());
      steps.sweeper.sweepTask(steps.usage(APPLICATION, "Task_ConcludeObjection"), office,
          steps.tasks(instance, "Task_ConcludeObjection", 1).get(0).getId(),
          values("decision", "REJECTED", "reasons", "活动台账齐全，异议不成立。"), Set.of());

      steps.sweeper.sweepTask(steps.usage(KEY, "Task_EnterNamingDecision"), office,
          steps.tasks(batch, "Task_EnterNamingDecision", 1).get(0).getId(),
          values("decisionNumber", "深工发〔" + year + "〕9号", "decisionDate", today.toString()),
          Set.of("decisionNumber"));
      // The application ends in a job of its own; a later form's comparison must not see it happen.
      ProcessEnds.await(steps.engine, instance);
    } finally {
      closeWindow(code);
    }
  }

  private String open(String office, int year, LocalDate today) {
    Map<String, Object> form = new HashMap<>();
    form.put("year", year);
    form.put("outcomeLabel", "命名");
    form.put("windowOpensOn", today.minusDays(1).toString());
    form.put("windowClosesOn", today.plusDays(30).toString());
    form.put("defaultQuota", 2);
    form.put("correctionWorkingDays", 10);
    form.put("noticeWorkingDays", 5);
    form.put("panelSize", 5);
    form.put("passLine", 75);
    form.put("disagreementThreshold", 15);
    return ActingUser.as(steps.engine, office, () -> steps.engine.getFormService()
        .submitStartForm(steps.definition(KEY), form)).getId();
  }

  /** As NamingBatchProcessIT.closeWindow: where it opened, not "now", which the second run's JVM would see again. */
  private void closeWindow(String code) {
    steps.jdbc.update("update naming_batch set window_closes_at = window_opens_at where code = ?", code);
  }

  private int freeYear() {
    int year = 2030;
    while (steps.jdbc.queryForObject("select count(*) from naming_batch where code = ?", Integer.class,
        String.valueOf(year)) > 0) {
      year++;
    }
    return year;
  }

  private void fireTimer(String instance, String activityId) {
    Job timer = null;
    for (int i = 0; i < 300 && timer == null; i++) {
      timer = steps.engine.getManagementService().createJobQuery().processInstanceId(instance)
          .activityId(activityId).singleResult();
      if (timer == null) {
        SweepSteps.sleep();
      }
    }
    assertThat(timer).as("timer " + activityId).isNotNull();
    steps.engine.getManagementService().executeJob(timer.getId());
  }
}
