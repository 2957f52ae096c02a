package cn.szftu.studio.reliability.sweep;

import static cn.szftu.studio.reliability.sweep.SweepSteps.values;

import cn.szftu.studio.evaluation.EvaluationFixture;
import cn.szftu.studio.evaluation.EvaluationFixture.Case;
import cn.szftu.studio.indicator.IndicatorSets;
import java.math.BigDecimal;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;

/**
 * Too few experts, as PanelDrawIT: panels of the demo batch are 60 meanwhile, so the draw holds every eligible expert
 * and the city office is asked (continue with fewer); then one of them recuses and no replacement is left (leave the
 * seat vacant). The others score, so the evaluation ends and no expert is left a task.
 */
final class ShortageCases {

  private static final String KEY = "expert-evaluation";

  private final SweepSteps steps;
  private final EvaluationFixture evaluation;
  private final IndicatorSets indicatorSets;

  ShortageCases(SweepSteps steps, EvaluationFixture evaluation, IndicatorSets indicatorSets) {
    this.steps = steps;
    this.evaluation = evaluation;
    this.indicatorSets = indicatorSets;
  }

  /** 专家不足 → 以现有专家继续 → 一名专家回避 → 无可替补 → 此席空缺 → 其余专家评分. */
  void shortages(String office) {
    steps.jdbc.update("update naming_batch set panel_size = 60 where code = ?", EvaluationFixture.BATCH);
    Case c;
    try {
      c = evaluation.passedInitialReview("dapeng");
    } finally {
      steps.jdbc.update("update naming_batch set panel_size = 5 where code = ?", EvaluationFixture.BATCH);
    }
    String instance = c.evaluation().getId();
    steps.sweeper.sweepTask(steps.usage(KEY, "Task_ResolveExpertShortage"), office,
        steps.tasks(instance, "Task_ResolveExpertShortage", 1).get(0).getId(),
        values("decision", "PROCEED", "reasons", "专家库暂无更多专家。"), Set.of());

    Task recusing = evaluation.tasks(c, "Task_DeclareConflict").get(0);
    evaluation.complete(recusing.getAssignee(), recusing, EvaluationFixture.declaration("RECUSE",
        "本人曾在该依托单位任职。"));
    steps.sweeper.sweepTask(steps.usage(KEY, "Task_ResolveReplacementShortage"), office,
        steps.tasks(instance, "Task_ResolveReplacementShortage", 1).get(0).getId(),
        values("decision", "LEAVE_VACANT", "reasons", "专家库已无可替补专家，此席空缺。"), Set.of());

    evaluation.evaluateUniformly(c, evaluation.sheet(indicatorSets.getDefault().version(), new BigDecimal("10")));
  }
}
