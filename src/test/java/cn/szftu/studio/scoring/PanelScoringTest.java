package cn.szftu.studio.scoring;

import static cn.szftu.studio.scoring.DefaultIndicators.STRUCTURE;
import static cn.szftu.studio.scoring.DefaultIndicators.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed panels on the default "2023-reconstructed" set (26 items, 100 points). A sheet starts at
 * full marks; {@code set} overrides one item, {@code total(t)} takes points off the items in structure order
 * (A1.1 5, A1.2 3, A1.3 2, A2.1 3, A2.2 4, A2.3 3, B1.1 3, ...).
 */
class PanelScoringTest {

  private final PanelScoring scoring = new PanelScoring();

  @Test
  void defaultSetHasTheDocumentedShape() {
    assertThat(STRUCTURE.items()).hasSize(26);
    assertThat(STRUCTURE.secondLevelIds()).hasSize(10);
    assertThat(STRUCTURE.firstLevelIds()).containsExactly("A", "B", "C", "D");
    assertThat(STRUCTURE.maxTotal()).isEqualByComparingTo("100");
  }

  @Test
  void threeExpertsUseThePlainMean() {
    // E1: C2.2 4.5 (-1.5)          -> 98.5 ; C = 33.5, C2 = 13.5
    // E2: C1.1 5, C1.2 5 (-1 -1)   -> 98   ; C = 33,   C1 = 18
    // E3: A1.1 4, D1.1 2 (-1 -2)   -> 97   ; A = 19,   D = 18, D1 = 10
    // panel = (98.5 + 98 + 97) / 3 = 293.5 / 3 = 97.8333... -> 97.83
    PanelResult r = scoring.score(STRUCTURE, List.of(
        sheet("E1").set("C2.2", "4.5").build(),
        sheet("E2").set("C1.1", "5").set("C1.2", "5").build(),
        sheet("E3").set("A1.1", "4").set("D1.1", "2").build()));

    assertThat(r.structureVersion()).isEqualTo("2023-reconstructed");
    assertThat(r.trimmed()).isFalse();
    assertThat(r.panelScore().toPlainString()).isEqualTo("97.83");
    assertThat(r.countedExpertIds()).containsExactly("E1", "E2", "E3");
    assertThat(r.droppedHighestExpertId()).isNull();
    assertThat(r.droppedLowestExpertId()).isNull();

    ExpertResult e1 = r.experts().get(0);
    assertThat(e1.expertId()).isEqualTo("E1");
    assertThat(e1.total().toPlainString()).isEqualTo("98.50");
    assertThat(e1.firstLevelSubtotals()).containsOnlyKeys("A", "B", "C", "D");
    assertThat(e1.firstLevelSubtotals().get("A")).isEqualByComparingTo("20");
    assertThat(e1.firstLevelSubtotals().get("C")).isEqualByComparingTo("33.5");
    assertThat(e1.secondLevelSubtotals()).hasSize(10);
    assertThat(e1.secondLevelSubtotals().get("C2")).isEqualByComparingTo("13.5");
    assertThat(e1.comment()).isEqualTo("意见：E1");
    assertThat(r.experts().get(2).secondLevelSubtotals().get("D1")).isEqualByComparingTo("10");

    // item means: C2.2 (4.5+6+6)/3 = 5.5 ; A1.1 (5+5+4)/3 = 4.666 -> 4.67 ; C1.1 (6+5+6)/3 = 5.666 -> 5.67
    assertThat(r.itemMeans()).hasSize(26);
    assertThat(r.itemMeans().get("C2.2")).isEqualByComparingTo("5.50");
    assertThat(r.itemMeans().get("A1.1")).isEqualByComparingTo("4.67");
    assertThat(r.itemMeans().get("C1.1")).isEqualByComparingTo("5.67");
    assertThat(r.itemMeans().get("B1.1")).isEqualByComparingTo("3.00");
    // second level: C1 (20+18+20)/3 = 19.33 ; C2 (13.5+15+15)/3 = 14.5 ; D1 (12+12+10)/3 = 11.33
    assertThat(r.secondLevelMeans().get("C1")).isEqualByComparingTo("19.33");
    assertThat(r.secondLevelMeans().get("C2")).isEqualByComparingTo("14.50");
    assertThat(r.secondLevelMeans().get("D1")).isEqualByComparingTo("11.33");
    // first level: A 59/3 = 19.67 ; B 25 ; C 101.5/3 = 33.83 ; D 58/3 = 19.33
    assertThat(r.firstLevelMeans().get("A")).isEqualByComparingTo("19.67");
    assertThat(r.firstLevelMeans().get("B")).isEqualByComparingTo("25.00");
    assertThat(r.firstLevelMeans().get("C")).isEqualByComparingTo("33.83");
    assertThat(r.firstLevelMeans().get("D")).isEqualByComparingTo("19.33");

    // spread 98.5 - 97 = 1.5 <= 15
    assertThat(r.highestTotal()).isEqualByComparingTo("98.5");
    assertThat(r.lowestTotal()).isEqualByComparingTo("97");
    assertThat(r.spread()).isEqualByComparingTo("1.5");
    assertThat(r.disagreement()).isFalse();
    assertThat(r.excluded()).isFalse();
    assertThat(r.exclusionReasons()).isEmpty();
  }

  @Test
  void fiveExpertsUseTheTrimmedMean() {
    // totals E3 85.5, E1 92, E5 80, E2 88, E4 83 (sheet order shuffled)
    // sorted 80 (E5), 83, 85.5, 88, 92 (E1); drop E5 and E1
    // panel = (88 + 85.5 + 83) / 3 = 256.5 / 3 = 85.5
    PanelResult r = scoring.score(STRUCTURE, List.of(
        sheet("E3").total("85.5").build(),
        sheet("E1").total("92").build(),
        sheet("E5").total("80").build(),
        sheet("E2").total("88").build(),
        sheet("E4").total("83").build()));

    assertThat(r.trimmed()).isTrue();
    assertThat(r.panelScore().toPlainString()).isEqualTo("85.50");
    assertThat(r.droppedHighestExpertId()).isEqualTo("E1");
    assertThat(r.droppedLowestExpertId()).isEqualTo("E5");
    assertThat(r.countedExpertIds()).containsExactly("E3", "E2", "E4");
    assertThat(r.experts()).extracting(ExpertResult::total)
        .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
        .containsExactly(new BigDecimal("85.5"), new BigDecimal("92"), new BigDecimal("80"),
            new BigDecimal("88"), new BigDecimal("83"));
    // A subtotals of the counted: E2 88 -> A 20-12 = 8 ; E3 85.5 -> A 20-14.5 = 5.5 ; E4 83 -> A 20-17 = 3
    // A mean = 16.5 / 3 = 5.5 ; B 25, C 35, D 20 ; 5.5 + 25 + 35 + 20 = 85.5 = panel score
    assertThat(r.firstLevelMeans().get("A")).isEqualByComparingTo("5.50");
    assertThat(r.firstLevelMeans().get("C")).isEqualByComparingTo("35");
    assertThat(r.firstLevelMeans().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(r.panelScore());
    // spread 92 - 80 = 12
    assertThat(r.spread()).isEqualByComparingTo("12");
    assertThat(r.disagreement()).isFalse();
  }

  @Test
  void sevenExpertsUseTheTrimmedMean() {
    // totals 95, 60, 78.5, 82, 88, 71, 90.5 ; sorted 60 (E2) 71 78.5 82 88 90.5 95 (E1)
    // panel = (71 + 78.5 + 82 + 88 + 90.5) / 5 = 410 / 5 = 82
    // spread 95 - 60 = 35 > 15 -> disagreement
    PanelResult r = scoring.score(STRUCTURE, List.of(
        sheet("E1").total("95").build(),
        sheet("E2").total("60").build(),
        sheet("E3").total("78.5").build(),
        sheet("E4").total("82").build(),
        sheet("E5").total("88").build(),
        sheet("E6").total("71").build(),
        sheet("E7").total("90.5").build()));

    assertThat(r.trimmed()).isTrue();
    assertThat(r.panelScore().toPlainString()).isEqualTo("82.00");
    assertThat(r.droppedHighestExpertId()).isEqualTo("E1");
    assertThat(r.droppedLowestExpertId()).isEqualTo("E2");
    assertThat(r.countedExpertIds()).containsExactly("E3", "E4", "E5", "E6", "E7");
    assertThat(r.spread()).isEqualByComparingTo("35");
    assertThat(r.disagreement()).isTrue();
  }

  @Test
  void tiedTotalsDropOnlyOneHighestAndOneLowest() {
    // totals E1 90, E2 80, E3 90, E4 84, E5 80
    // drop one 90 and one 80: (90 + 84 + 80) / 3 = 254 / 3 = 84.666... -> 84.67
    // (dropping every tied total would give 84 / 1 = 84)
    PanelResult r = scoring.score(STRUCTURE, List.of(
        sheet("E1").total("90").build(),
        sheet("E2").total("80").build(),
        sheet("E3").total("90").build(),
        sheet("E4").total("84").build(),
        sheet("E5").total("80").build()));

    assertThat(r.panelScore().toPlainString()).isEqualTo("84.67");
    assertThat(r.countedExpertIds()).hasSize(3);
    assertThat(r.droppedHighestExpertId()).isIn("E1", "E3");
    assertThat(r.droppedLowestExpertId()).isIn("E2", "E5");
  }

  @Test
  void anyVetoExcludesWhateverTheScore() {
    // full marks from all three: panel = 300 / 3 = 100, still excluded
    PanelResult r = scoring.score(STRUCTURE, List.of(
        sheet("E1").build(),
        sheet("E2").veto(VetoFlag.FALSE_MATERIAL, "专利证书系伪造").build(),
        sheet("E3").veto(VetoFlag.DISHONESTY_LISTING, "所在单位列入严重失信名单").build()));

    assertThat(r.panelScore().toPlainString()).isEqualTo("100.00");
    assertThat(r.excluded()).isTrue();
    assertThat(r.exclusionReasons()).containsExactly(
        new ExclusionReason("E2", VetoFlag.FALSE_MATERIAL, "专利证书系伪造"),
        new ExclusionReason("E3", VetoFlag.DISHONESTY_LISTING, "所在单位列入严重失信名单"));
    assertThat(r.exclusionReasons().get(0).describe()).isEqualTo("专家 E2：提供虚假材料（专利证书系伪造）");
    assertThat(r.experts().get(1).vetoes()).hasSize(1);
  }

  @Test
  void disagreementOverTheThresholdIsFlagged() {
    // totals 90, 80, 74.9 ; spread 90 - 74.9 = 15.1 > 15
    PanelResult r = scoring.score(STRUCTURE, List.of(
        sheet("E1").total("90").build(),
        sheet("E2").total("80").build(),
        sheet("E3").total("74.9").build()));

    assertThat(r.spread()).isEqualByComparingTo("15.1");
    assertThat(r.disagreementThreshold()).isEqualByComparingTo("15");
    assertThat(r.disagreement()).isTrue();
    // (90 + 80 + 74.9) / 3 = 244.9 / 3 = 81.6333... -> 81.63
    assertThat(r.panelScore().toPlainString()).isEqualTo("81.63");
  }

  @Test
  void disagreementExactlyAtTheThresholdIsNotFlagged() {
    // totals 90, 80, 75 ; spread 15 = threshold, not greater
    List<ScoreSheet> sheets = List.of(
        sheet("E1").total("90").build(),
        sheet("E2").total("80").build(),
        sheet("E3").total("75").build());
    PanelResult r = scoring.score(STRUCTURE, sheets);

    assertThat(r.spread()).isEqualByComparingTo("15");
    assertThat(r.disagreement()).isFalse();
    // (90 + 80 + 75) / 3 = 245 / 3 = 81.666... -> 81.67
    assertThat(r.panelScore().toPlainString()).isEqualTo("81.67");

    // the threshold is a parameter: 15 > 14.9
    assertThat(scoring.score(STRUCTURE, sheets, new ScoringParameters(new BigDecimal("14.9"))).disagreement())
        .isTrue();
  }

  @Test
  void scoreAboveTheMaximumIsRefusedWithEveryProblemListed() {
    List<ScoreSheet> sheets = List.of(
        sheet("E1").set("C2.2", "6.5").build(),
        sheet("E2").set("A1.1", "-1").set("B1.1", "2.25").build());

    assertThatThrownBy(() -> scoring.score(STRUCTURE, sheets))
        .isInstanceOfSatisfying(ScoreSheetRejectedException.class, e -> {
          assertThat(e.problems()).containsExactly(
              "专家 E1：C2.2 经济效益：6.5 分超过该项满分 6 分",
              "专家 E2：A1.1 领衔人荣誉/资质等级：-1 分低于 0 分",
              "专家 E2：B1.1 固定专用场所：2.25 分超过 1 位小数");
          assertThat(e.getMessage()).contains("C2.2 经济效益：6.5 分超过该项满分 6 分");
        });
  }

  @Test
  void trailingZerosAreNotExtraDecimals() {
    // 5.50 has one significant decimal: 100 - 6 + 5.5 = 99.5
    PanelResult r = scoring.score(STRUCTURE, List.of(sheet("E1").set("C2.2", "5.50").build()));
    assertThat(r.panelScore()).isEqualByComparingTo("99.5");
  }

  @Test
  void missingItemIsRefused() {
    assertThatThrownBy(() -> scoring.score(STRUCTURE, List.of(
        sheet("E1").without("A1.1").build(),
        sheet("E2").set("D2.2", null).build())))
        .isInstanceOfSatisfying(ScoreSheetRejectedException.class, e -> assertThat(e.problems())
            .containsExactly(
                "专家 E1：A1.1 领衔人荣誉/资质等级：未评分",
                "专家 E2：D2.2 成员荣誉与宣传推广：未填写分数"));
  }

  @Test
  void unknownItemIsRefused() {
    assertThatThrownBy(() -> scoring.score(STRUCTURE, List.of(sheet("E1").extra("X9.9", "1").build())))
        .isInstanceOfSatisfying(ScoreSheetRejectedException.class, e -> assertThat(e.problems())
            .containsExactly("专家 E1：未知指标 X9.9：不在指标体系 2023-reconstructed 中"));
  }

  @Test
  void itemScoredTwiceIsRefused() {
    assertThatThrownBy(() -> scoring.score(STRUCTURE, List.of(sheet("E1").extra("C2.2", "5").build())))
        .isInstanceOfSatisfying(ScoreSheetRejectedException.class, e -> assertThat(e.problems())
            .containsExactly("专家 E1：C2.2 经济效益：重复评分"));
  }

  @Test
  void fewerThanOneSheetIsRefused() {
    assertThatThrownBy(() -> scoring.score(STRUCTURE, List.of()))
        .isInstanceOfSatisfying(ScoreSheetRejectedException.class, e -> assertThat(e.problems())
            .containsExactly("至少需要 1 份专家评分表，实际为 0 份"));
    assertThatThrownBy(() -> scoring.score(STRUCTURE, null))
        .isInstanceOf(ScoreSheetRejectedException.class);
  }

  @Test
  void sameExpertTwiceAndVetoWithoutFactsAreRefused() {
    assertThatThrownBy(() -> scoring.score(STRUCTURE, List.of(
        sheet("E1").build(),
        sheet("E1").veto(VetoFlag.SERIOUS_ACCIDENT, " ").build())))
        .isInstanceOfSatisfying(ScoreSheetRejectedException.class, e -> assertThat(e.problems())
            .containsExactly(
                "专家 E1：同一专家提交了多份评分表",
                "专家 E1：一票否决「发生重大安全/质量事故」未填写事实说明"));
  }

  @Test
  void singleSheetIsItsOwnPanel() {
    // one expert: C1.1 4.5 -> 98.5 ; mean of one = 98.5, spread 0
    PanelResult r = scoring.score(STRUCTURE, List.of(sheet("E1").set("C1.1", "4.5").build()));
    assertThat(r.panelScore().toPlainString()).isEqualTo("98.50");
    assertThat(r.spread()).isEqualByComparingTo("0");
    assertThat(r.disagreement()).isFalse();
  }
}
