package cn.szftu.studio.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Scores one application from its experts' score sheets (SPEC §4). Plain Java: no Camunda types, no
 * state; BPMN delegates only call it.
 *
 * <ul>
 *   <li>Every sheet is validated first: every item of the structure scored exactly once, within
 *       [0, max], with at most one decimal place, no unknown item ids, a non-blank expert id (unique
 *       across sheets) and non-blank facts for each veto. All problems of all sheets are collected and
 *       thrown together as a {@link ScoreSheetRejectedException}; at least one sheet is required.</li>
 *   <li>Per expert: total and subtotals per first- and second-level indicator.</li>
 *   <li>Panel score: the mean of the totals; with {@value #TRIM_FROM_EXPERTS} or more experts, one
 *       highest and one lowest total are dropped first (only one each, also on ties; ties are broken by
 *       sheet order, which does not affect the score). The per-indicator means are taken over the same
 *       counted experts, so before rounding the first-level means add up to the panel score.</li>
 *   <li>Disagreement: highest total − lowest total (over all experts) strictly greater than the
 *       threshold.</li>
 *   <li>Any veto flag on any sheet excludes the application; the scores are still reported.</li>
 * </ul>
 * Rounding: see {@link ScoreRounding}; sums are exact, only published values are rounded.
 */
@Component
public class PanelScoring {

  /** From this many experts on, the highest and lowest totals are dropped. */
  public static final int TRIM_FROM_EXPERTS = 5;

  public PanelResult score(ScoringStructure structure, List<ScoreSheet> sheets) {
    return score(structure, sheets, ScoringParameters.DEFAULTS);
  }

  public PanelResult score(ScoringStructure structure, List<ScoreSheet> sheets, ScoringParameters parameters) {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(parameters, "parameters");
    List<String> problems = validate(structure, sheets);
    if (!problems.isEmpty()) {
      throw new ScoreSheetRejectedException(problems);
    }

    List<Map<String, BigDecimal>> scoresBySheet = new ArrayList<>();
    List<BigDecimal> totals = new ArrayList<>();
    List<ExpertResult> experts = new ArrayList<>();
    List<ExclusionReason> reasons = new ArrayList<>();
    for (ScoreSheet sheet : sheets) {
      Map<String, BigDecimal> scores = new HashMap<>();
      sheet.scores().forEach(s -> scores.put(s.itemId(), s.points()));
      scoresBySheet.add(scores);
      BigDecimal total = sum(structure.items(), scores);
      totals.add(total);
      experts.add(new ExpertResult(sheet.expertId(), ScoreRounding.publish(total),
          publishAll(subtotals(structure, scores, ScoringItem::firstLevelId, structure.firstLevelIds())),
          publishAll(subtotals(structure, scores, ScoringItem::secondLevelId, structure.secondLevelIds())),
          sheet.comment(), sheet.vetoes()));
      sheet.vetoes().forEach(v -> reasons.add(new ExclusionReason(sheet.expertId(), v.flag(), v.facts())));
    }

    int n = sheets.size();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(totals::get)); // stable: ties keep sheet order
    boolean trimmed = n >= TRIM_FROM_EXPERTS;
    List<Integer> counted = trimmed ? order.subList(1, n - 1) : order;
    String droppedLowest = trimmed ? sheets.get(order.get(0)).expertId() : null;
    String droppedHighest = trimmed ? sheets.get(order.get(n - 1)).expertId() : null;
    Set<Integer> countedSet = new HashSet<>(counted);

    BigDecimal countedSum = BigDecimal.ZERO;
    List<Map<String, BigDecimal>> countedScores = new ArrayList<>();
    List<String> countedIds = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (countedSet.contains(i)) {
        countedSum = countedSum.add(totals.get(i));
        countedScores.add(scoresBySheet.get(i));
        countedIds.add(sheets.get(i).expertId());
      }
    }
    int c = countedScores.size();

    Map<String, BigDecimal> itemMeans = new LinkedHashMap<>();
    for (ScoringItem item : structure.items()) {
      BigDecimal s = countedScores.stream().map(m -> m.get(item.id())).reduce(BigDecimal.ZERO, BigDecimal::add);
      itemMeans.put(item.id(), ScoreRounding.publishMean(s, c));
    }
    Map<String, BigDecimal> secondMeans = levelMeans(structure, countedScores, ScoringItem::secondLevelId,
        structure.secondLevelIds());
    Map<String, BigDecimal> firstMeans = levelMeans(structure, countedScores, ScoringItem::firstLevelId,
        structure.firstLevelIds());

    BigDecimal highest = totals.get(order.get(n - 1));
    BigDecimal lowest = totals.get(order.get(0));
    BigDecimal spread = highest.subtract(lowest);
    boolean disagreement = spread.compareTo(parameters.disagreementThreshold()) > 0;

    return new PanelResult(structure.version(), ScoreRounding.publishMean(countedSum, c), trimmed,
        List.copyOf(experts), List.copyOf(countedIds), droppedHighest, droppedLowest,
        Collections.unmodifiableMap(itemMeans), secondMeans, firstMeans,
        ScoreRounding.publish(highest), ScoreRounding.publish(lowest), ScoreRounding.publish(spread),
        parameters.disagreementThreshold(), disagreement, !reasons.isEmpty(), List.copyOf(reasons));
  }

  /**
   * All problems of the given sheets against the structure, in Chinese, each prefixed with the expert
   * (e.g. {@code 专家 E1：C2.2 经济效益：6.5 分超过该项满分 6 分}); empty when they can be scored.
   */
  public List<String> validate(ScoringStructure structure, List<ScoreSheet> sheets) {
    List<String> problems = new ArrayList<>();
    if (sheets == null || sheets.isEmpty()) {
      problems.add("至少需要 1 份专家评分表，实际为 0 份");
      return problems;
    }
    Set<String> experts = new HashSet<>();
    for (int i = 0; i < sheets.size(); i++) {
      ScoreSheet sheet = sheets.get(i);
      if (sheet == null) {
        problems.add("第 " + (i + 1) + " 份评分表为空");
        continue;
      }
      String who = sheet.expertId() == null || sheet.expertId().isBlank()
          ? "第 " + (i + 1) + " 份评分表" : "专家 " + sheet.expertId();
      if (sheet.expertId() == null || sheet.expertId().isBlank()) {
        problems.add(who + "：未填写专家");
      } else if (!experts.add(sheet.expertId())) {
        problems.add(who + "：同一专家提交了多份评分表");
      }
      validateSheet(structure, sheet).forEach(p -> problems.add(who + "：" + p));
    }
    return problems;
  }

  private static List<String> validateSheet(ScoringStructure structure, ScoreSheet sheet) {
    List<String> problems = new ArrayList<>();
    Map<String, Integer> counts = new HashMap<>();
    for (ItemScore score : sheet.scores()) {
      if (score == null || score.itemId() == null) {
        problems.add("存在未注明指标的分数");
        continue;
      }
      var item = structure.item(score.itemId());
      if (item.isEmpty()) {
        problems.add("未知指标 " + score.itemId() + "：不在指标体系" + versionText(structure) + "中");
        continue;
      }
      int count = counts.merge(score.itemId(), 1, Integer::sum);
      if (count == 2) {
        problems.add(item.get().label() + "：重复评分");
      }
      if (count > 1) {
        continue;
      }
      String label = item.get().label();
      BigDecimal points = score.points();
      if (points == null) {
        problems.add(label + "：未填写分数");
        continue;
      }
      if (points.signum() < 0) {
        problems.add(label + "：" + plain(points) + " 分低于 0 分");
      } else if (points.compareTo(item.get().maxPoints()) > 0) {
        problems.add(label + "：" + plain(points) + " 分超过该项满分 " + plain(item.get().maxPoints()) + " 分");
      }
      if (points.stripTrailingZeros().scale() > 1) {
        problems.add(label + "：" + plain(points) + " 分超过 1 位小数");
      }
    }
    for (ScoringItem item : structure.items()) {
      if (!counts.containsKey(item.id())) {
        problems.add(item.label() + "：未评分");
      }
    }
    for (Veto veto : sheet.vetoes()) {
      if (veto == null) {
        problems.add("一票否决项为空");
      } else if (veto.facts() == null || veto.facts().isBlank()) {
        problems.add("一票否决「" + veto.flag().label() + "」未填写事实说明");
      }
    }
    return problems;
  }

  private static String versionText(ScoringStructure structure) {
    return structure.version() == null ? "" : " " + structure.version() + " ";
  }

  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  private static BigDecimal sum(List<ScoringItem> items, Map<String, BigDecimal> scores) {
    return items.stream().map(i -> scores.get(i.id())).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static Map<String, BigDecimal> subtotals(ScoringStructure structure, Map<String, BigDecimal> scores,
      Function<ScoringItem, String> level, List<String> levelIds) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    levelIds.forEach(id -> out.put(id, BigDecimal.ZERO));
    for (ScoringItem item : structure.items()) {
      out.merge(level.apply(item), scores.get(item.id()), BigDecimal::add);
    }
    return out;
  }

  private static Map<String, BigDecimal> levelMeans(ScoringStructure structure,
      List<Map<String, BigDecimal>> countedScores, Function<ScoringItem, String> level, List<String> levelIds) {
    Map<String, BigDecimal> sums = new LinkedHashMap<>();
    levelIds.forEach(id -> sums.put(id, BigDecimal.ZERO));
    for (Map<String, BigDecimal> scores : countedScores) {
      subtotals(structure, scores, level, levelIds).forEach((id, v) -> sums.merge(id, v, BigDecimal::add));
    }
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    sums.forEach((id, s) -> out.put(id, ScoreRounding.publishMean(s, countedScores.size())));
    return Collections.unmodifiableMap(out);
  }

  private static Map<String, BigDecimal> publishAll(Map<String, BigDecimal> exact) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    exact.forEach((id, v) -> out.put(id, ScoreRounding.publish(v)));
    return Collections.unmodifiableMap(out);
  }
}
