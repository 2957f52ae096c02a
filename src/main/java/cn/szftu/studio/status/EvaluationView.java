package cn.szftu.studio.status;

import cn.szftu.studio.evaluation.EvaluationExplanation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The expert evaluation as the detail page shows it: either a notice that the result awaits the batch decision, or
 * the published explanation. Built only from {@link EvaluationExplanation}, so it can never name an expert, show one
 * expert's scores or the facts behind a veto; only the veto grounds' labels.
 *
 * @param pendingText    shown instead of a result before the batch decision; null once published
 * @param panelScore     the panel score with two decimals
 * @param trimmedText    the note that the highest and lowest totals were dropped; null when not trimmed
 * @param expertsText    how many experts scored (and how many were counted)
 * @param indicatorTitle title of the indicator set the panel scored against
 * @param indicatorVersion its version
 * @param vetoText       the line "存在一票否决情形：…，不予命名"; null when no veto was raised
 * @param indicators     every indicator in table order with its maximum and the panel's mean
 */
public record EvaluationView(String pendingText, String panelScore, String trimmedText, String expertsText,
    String indicatorTitle, String indicatorVersion, String vetoText, List<Row> indicators) {

  static final String PENDING = "专家评审已完成，评审结果将在研究决定后公布。";
  static final String TRIMMED = "去掉一个最高分和一个最低分";

  public EvaluationView {
    indicators = List.copyOf(indicators);
  }

  /** One indicator row; {@code level} 1–3 drives the indentation. */
  public record Row(String id, String name, int level, String max, String mean) {

    public String levelClass() {
      return "indicator-level-" + level;
    }
  }

  public boolean published() {
    return pendingText == null;
  }

  static EvaluationView pending() {
    return new EvaluationView(PENDING, null, null, null, null, null, null, List.of());
  }

  static EvaluationView of(EvaluationExplanation e) {
    String experts = "评审专家 " + e.expertCount() + " 名";
    String trimmed = null;
    if (e.trimmed()) {
      trimmed = TRIMMED + "，按其余 " + e.countedExperts() + " 名专家的评分计算";
    }
    String veto = e.excluded()
        ? "存在一票否决情形：" + (e.vetoGrounds().isEmpty() ? "—" : String.join("、", e.vetoGrounds())) + "，不予命名"
        : null;
    List<Row> rows = e.indicators().stream()
        .map(l -> new Row(l.id(), l.name(), Math.max(1, Math.min(3, l.level())), plain(l.max()), score(l.mean())))
        .toList();
    return new EvaluationView(null, score(e.panelScore()), trimmed, experts, e.indicatorTitle(),
        e.indicatorVersion(), veto, rows);
  }

  /** A published score: always two decimals ("83.50"), "—" when there is none. */
  static String score(BigDecimal value) {
    return value == null ? "—" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** A maximum as written in the indicator table ("5", "2.5"). */
  private static String plain(BigDecimal value) {
    return value == null ? "—" : value.stripTrailingZeros().toPlainString();
  }
}
