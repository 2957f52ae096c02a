package cn.szftu.studio.evaluation;

import cn.szftu.studio.indicator.Indicator;
import cn.szftu.studio.indicator.IndicatorSet;
import cn.szftu.studio.scoring.ExclusionReason;
import cn.szftu.studio.scoring.PanelResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an applicant may learn about the panel once the batch is decided: the panel score, the mean per indicator of
 * every level and the veto grounds, never who the experts were or what any one of them gave.
 *
 * @param expertCount    experts who scored
 * @param countedExperts experts whose totals enter the panel score (two fewer when trimmed)
 * @param vetoGrounds    the distinct veto grounds raised (labels only, without the experts or their facts)
 * @param indicators     every indicator in table order (first level, its second levels, their items) with its mean
 */
public record EvaluationExplanation(String indicatorVersion, String indicatorTitle, BigDecimal panelScore,
    boolean trimmed, int expertCount, int countedExperts, boolean excluded, List<String> vetoGrounds,
    List<Line> indicators) {

  public EvaluationExplanation {
    vetoGrounds = List.copyOf(vetoGrounds);
    indicators = List.copyOf(indicators);
  }

  /** One indicator with its maximum and the panel's mean. */
  public record Line(String id, String name, int level, BigDecimal max, BigDecimal mean) {
  }

  static EvaluationExplanation of(IndicatorSet set, PanelResult result) {
    List<Line> lines = new ArrayList<>();
    for (Indicator first : set.indicators()) {
      lines.add(line(first, result.firstLevelMeans()));
      for (Indicator second : first.children()) {
        lines.add(line(second, result.secondLevelMeans()));
        for (Indicator item : second.children()) {
          lines.add(line(item, result.itemMeans()));
        }
      }
    }
    List<String> grounds = result.exclusionReasons().stream().map(ExclusionReason::flag).distinct()
        .map(f -> f.label()).toList();
    return new EvaluationExplanation(set.version(), set.title(), result.panelScore(), result.trimmed(),
        result.experts().size(), result.countedExpertIds().size(), result.excluded(), grounds, lines);
  }

  private static Line line(Indicator indicator, Map<String, BigDecimal> means) {
    return new Line(indicator.id(), indicator.name(), indicator.level(), indicator.max(), means.get(indicator.id()));
  }
}
