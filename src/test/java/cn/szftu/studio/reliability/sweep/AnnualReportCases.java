package cn.szftu.studio.reliability.sweep;

import static cn.szftu.studio.reliability.sweep.SweepSteps.values;
import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.registry.NamedStudioFixture;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.report.AnnualReportRounds;
import cn.szftu.studio.support.EngineTime;
import java.util.Set;

/**
 * An annual report not filed by its due moment, as AnnualReportProcessIT: the engine clock moved to the due moment
 * (job executor paused, EngineTime) fires the escalation, which opens the union's follow-up task; the sweep then
 * closes the report unfiled so nothing is left open. A studio named for the sweep alone, so no other test's report is
 * touched.
 */
final class AnnualReportCases {

  private static final String DUE = "2026-12-11T18:00";

  private final SweepSteps steps;
  private final NamedStudioFixture named;
  private final AnnualReportRounds rounds;

  AnnualReportCases(SweepSteps steps, NamedStudioFixture named, AnnualReportRounds rounds) {
    this.steps = steps;
    this.named = named;
    this.rounds = rounds;
  }

  /** 年度报告 → 截止未报 → 推荐单位督促 (结案：未报送). */
  void followUp(String unionReviewer) {
    Studio studio = named.named("dapeng");
    String instance = rounds.startReport(studio, 2026, EngineTime.beijing(DUE)).orElseThrow().getId();
    try (EngineTime time = EngineTime.takeOver(steps.engine)) {
      assertThat(time.at(DUE).runDueJobs(instance)).as("jobs due at " + DUE).isPositive();
    }
    steps.sweeper.sweepTask(steps.usage("annual-report", "Task_FollowUp"), unionReviewer,
        steps.tasks(instance, "Task_FollowUp", 1).get(0).getId(),
        values("decision", "CLOSE_UNFILED", "reasons", "所在单位已停产整顿，无法报送本年度报告。"), Set.of());
  }
}
