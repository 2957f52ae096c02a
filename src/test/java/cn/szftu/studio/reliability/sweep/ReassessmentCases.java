package cn.szftu.studio.reliability.sweep;

import static cn.szftu.studio.reliability.sweep.SweepSteps.values;
import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.ClockConfiguration;
import cn.szftu.studio.evaluation.EvaluationFixture;
import cn.szftu.studio.evaluation.EvaluationFixture.Case;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.registry.NamedStudioFixture;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.support.EngineTime;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * A re-assessment three years on that ends in 限期整改, as ReassessmentProcessIT: the due timer fires with the engine
 * clock moved (job executor paused, EngineTime), every expert deducts 32 points (68 < 75), the host unit's
 * rectification report is swept, then the second panel keeps the studio so nothing is left open. Panels of the demo
 * batch are 3 experts meanwhile (ReassessmentFixture.smallPanels): naming and two panels, no expert sitting twice for
 * one studio, must fit the demo pool.
 */
final class ReassessmentCases {

  private static final String KEY = "studio-reassessment";
  /** NamedStudioFixture names on 2026-11-20; the first re-assessment is due three years on. */
  private static final Instant FIRST_DUE = LocalDate.of(2029, 11, 20).atStartOfDay(ClockConfiguration.ZONE)
      .toInstant();

  private final SweepSteps steps;
  private final NamedStudioFixture named;
  private final EvaluationFixture evaluation;
  private final IndicatorSets indicatorSets;

  ReassessmentCases(SweepSteps steps, NamedStudioFixture named, EvaluationFixture evaluation,
      IndicatorSets indicatorSets) {
    this.steps = steps;
    this.named = named;
    this.evaluation = evaluation;
    this.indicatorSets = indicatorSets;
  }

  /** 复核到期 → 专家评分 68 分 → 限期整改 → 提交整改报告 → 再次复核 80 分, 保留. */
  void rectificationReport(String hostUnitUser) {
    steps.jdbc.update("update naming_batch set panel_size = 3 where code = ?", EvaluationFixture.BATCH);
    try {
      Studio studio = named.named("dapeng");
      ProcessInstance instance = steps.engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(KEY).processInstanceBusinessKey(studio.getNamingNumber()).singleResult();
      assertThat(instance).as("re-assessment of " + studio.getNamingNumber()).isNotNull();
      assertThat(EngineTime.runDueAt(steps.engine, instance.getId(), FIRST_DUE.plus(Duration.ofMinutes(1))))
          .as("re-assessment due timer").isEqualTo(1);
      score(instance, "32");
      steps.sweeper.sweepTask(steps.usage(KEY, "Task_SubmitRectificationReport"), hostUnitUser,
          steps.tasks(instance.getId(), "Task_SubmitRectificationReport", 1).get(0).getId(),
          values("report", "已补齐近三年活动台账，新开展技术攻关课题 2 项。"), Set.of());
      score(instance, "20");
    } finally {
      steps.jdbc.update("update naming_batch set panel_size = 5 where code = ?", EvaluationFixture.BATCH);
    }
  }

  private void score(ProcessInstance instance, String deduction) {
    ProcessInstance called = null;
    for (int i = 0; i < 300 && called == null; i++) {
      called = steps.engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(instance.getId())
          .singleResult();
      if (called == null) {
        SweepSteps.sleep();
      }
    }
    assertThat(called).as("expert-evaluation called by the re-assessment").isNotNull();
    evaluation.evaluateUniformly(new Case(instance, called), evaluation.sheet(indicatorSets.getDefault().version(),
        new BigDecimal(deduction)));
    // the re-assessment decides in an asynchronous step of its own
    for (int i = 0; i < 600; i++) {
      if (steps.engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).messages()
          .withRetriesLeft().count() == 0) {
        assertThat(steps.engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
            .withException().count()).as("failed jobs of " + instance.getId()).isZero();
        return;
      }
      SweepSteps.sleep();
    }
    throw new AssertionError("re-assessment " + instance.getId() + " did not decide within 60 s");
  }
}
