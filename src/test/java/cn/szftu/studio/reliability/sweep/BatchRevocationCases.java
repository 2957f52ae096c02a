package cn.szftu.studio.reliability.sweep;

import static cn.szftu.studio.reliability.sweep.SweepSteps.values;

import cn.szftu.studio.evaluation.EvaluationFixture;
import cn.szftu.studio.registry.NamedStudioFixture;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.support.ActingUser;
import java.time.LocalDate;
import java.util.Set;

/**
 * 整批撤销 revoked, so its per-studio plaque tasks open: a studio named for the sweep alone, in a batch of its own, so
 * no other test's studio is revoked; its re-application ban is lifted afterwards.
 */
final class BatchRevocationCases {

  private static final String KEY = "batch-revocation";

  private final SweepSteps steps;
  private final NamedStudioFixture named;
  private final EvaluationFixture evaluation;

  BatchRevocationCases(SweepSteps steps, NamedStudioFixture named, EvaluationFixture evaluation) {
    this.steps = steps;
    this.named = named;
    this.evaluation = evaluation;
  }

  /** 整批撤销 → 领导决定撤销 → 交回标牌 → 确认收回. */
  void plaques(String unitUser, String office, String leader, LocalDate today) {
    Studio studio = named.named("dapeng");
    String batch = steps.batchOf(studio.getId());
    try {
      String instance = ActingUser.as(steps.engine, office, () -> steps.engine.getFormService().submitStartForm(
          steps.definition(KEY), values("batchCode", batch, "revocationGround", "FRAUD", "revocationBasis",
              "整批核查发现材料造假。"))).getId();
      evaluation.complete(leader, steps.tasks(instance, "Task_BatchLeadershipDecision", 1).get(0), values(
          "decision", "REVOKE", "decisionNumber", "深工发〔2026〕78号", "decisionDate", today.toString()));
      steps.sweeper.sweepTask(steps.usage(KEY, "Task_ReturnPlaque"), unitUser,
          steps.tasks(instance, "Task_ReturnPlaque", 1).get(0).getId(),
          values("plaqueReturned", true, "note", "已由工会主席送交。"), Set.of());
      steps.sweeper.sweepTask(steps.usage(KEY, "Task_ConfirmPlaqueReturned"), office,
          steps.tasks(instance, "Task_ConfirmPlaqueReturned", 1).get(0).getId(),
          values("plaqueReceived", true, "note", "已收回。"), Set.of());
    } finally {
      steps.liftBansOf(studio.getId());
    }
  }
}
