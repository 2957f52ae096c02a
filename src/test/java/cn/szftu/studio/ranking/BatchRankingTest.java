package cn.szftu.studio.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BatchRankingTest {

  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  private final BatchRanking ranking = new BatchRanking();

  // ---------------------------------------------------------------- helpers

  private static BigDecimal d(String text) {
    return text == null ? null : new BigDecimal(text);
  }

  private static String number(long id) {
    return String.format("SZ2026-%03d", id);
  }

  /** A veto-free candidate with a subtotal of 20 submitted {@code id} minutes after T0. */
  private static RankingCandidate cand(long id, String union, String score) {
    return new RankingCandidate(id, number(id), union, d(score), false, d("20"), T0.plusSeconds(60 * id));
  }

  private static RankingCandidate cand(long id, String union, String score, String subtotal, long minutes) {
    return new RankingCandidate(id, number(id), union, d(score), false, d(subtotal), T0.plusSeconds(60 * minutes));
  }

  private static RankingCandidate vetoed(long id, String union, String score) {
    return new RankingCandidate(id, number(id), union, d(score), true, d("20"), T0.plusSeconds(60 * id));
  }

  /** Generous quotas: no cut at all, pass line 75. */
  private static RankingRules noCut() {
    return RankingRules.withDefaultPassLine(Map.of(), 1000, null);
  }

  private static List<Long> ids(List<RankedEntry> entries) {
    return entries.stream().map(e -> e.candidate().applicationId()).toList();
  }

  private static RankedEntry entryOf(List<RankedEntry> entries, long id) {
    return entries.stream().filter(e -> e.candidate().applicationId() == id).findFirst().orElseThrow();
  }

  // ---------------------------------------------------------------- pass line and veto

  @Test
  void exactlyThePassLinePassesAndJustBelowDoesNot() {
    List<RankedEntry> result = ranking.rank(List.of(
        cand(1, "A", "74.99"),
        cand(2, "A", "75"),
        cand(3, "A", "75.00"),
        cand(4, "A", "72.5")), noCut());

    assertThat(ids(result)).containsExactly(2L, 3L, 1L, 4L);
    assertThat(result.get(0).outcome()).isEqualTo(RankingOutcome.PROPOSED);
    assertThat(result.get(0).rank()).isEqualTo(1);
    assertThat(result.get(1).outcome()).isEqualTo(RankingOutcome.PROPOSED);
    assertThat(result.get(1).rank()).isEqualTo(2);

    RankedEntry justBelow = result.get(2);
    assertThat(justBelow.outcome()).isEqualTo(RankingOutcome.BELOW_PASS_LINE);
    assertThat(justBelow.rank()).isNull();
    assertThat(justBelow.reason()).isEqualTo("得分 74.99 分，低于合格线 75 分");
    assertThat(result.get(3).reason()).isEqualTo("得分 72.50 分，低于合格线 75 分");
  }

  @Test
  void aCustomPassLineIsShownWithoutTrailingZeros() {
    RankingRules rules = new RankingRules(d("80.50"), Map.of(), 10, null);

    List<RankedEntry> result = ranking.rank(List.of(cand(1, "A", "80.49"), cand(2, "A", "80.5")), rules);

    assertThat(entryOf(result, 2).outcome()).isEqualTo(RankingOutcome.PROPOSED);
    assertThat(entryOf(result, 1).outcome()).isEqualTo(RankingOutcome.BELOW_PASS_LINE);
    assertThat(entryOf(result, 1).reason()).isEqualTo("得分 80.49 分，低于合格线 80.5 分");
  }

  @Test
  void aVetoExcludesWhateverTheScoreAndUsesNoPlace() {
    RankingRules rules = RankingRules.withDefaultPassLine(Map.of("A", 1), 0, 1);

    List<RankedEntry> result = ranking.rank(List.of(vetoed(1, "A", "99"), cand(2, "A", "80")), rules);

    assertThat(ids(result)).containsExactly(2L, 1L);
    RankedEntry veto = result.get(1);
    assertThat(veto.outcome()).isEqualTo(RankingOutcome.VETOED);
    assertThat(veto.rank()).isNull();
    assertThat(veto.reason()).isEqualTo("存在一票否决情形");
    assertThat(result.get(0).outcome()).isEqualTo(RankingOutcome.PROPOSED);
    assertThat(result.get(0).rank()).isEqualTo(1);
  }

  @Test
  void aVetoedCandidateBelowThePassLineIsReportedAsVetoed() {
    List<RankedEntry> result = ranking.rank(List.of(vetoed(1, "A", "60")), noCut());

    assertThat(result.get(0).outcome()).isEqualTo(RankingOutcome.VETOED);
  }

  // ---------------------------------------------------------------- tie-breaks

  @Test
  void aTieOnScoreIsBrokenByTheInnovationSubtotalHigherFirst() {
    List<RankedEntry> result = ranking.rank(List.of(
        cand(1, "A", "88.00", "20.50", 1),
        cand(2, "A", "88.00", null, 0),
        cand(3, "A", "88", "21.00", 9),
        cand(4, "A", "88.5", "10.00", 20)), noCut());

    // 88.5 first; then among the 88s: subtotal 21 > 20.5 > none, whatever the submission time.
    assertThat(ids(result)).containsExactly(4L, 3L, 1L, 2L);
    assertThat(result).extracting(RankedEntry::rank).containsExactly(1, 2, 3, 4);
  }

  @Test
  void aTieOnScoreAndSubtotalIsBrokenBySubmissionTimeEarlierFirst() {
    List<RankedEntry> result = ranking.rank(List.of(
        cand(1, "A", "88.0", "20.0", 10),
        cand(2, "A", "88.00", "20.00", 5),
        cand(3, "A", "88", "20", 7)), noCut());

    // Scores and subtotals differ only in scale, so they tie exactly: submitted at 5, 7, 10 minutes.
    assertThat(ids(result)).containsExactly(2L, 3L, 1L);
  }

  @Test
  void aFullTieIsBrokenByApplicationNumber() {
    Instant same = T0.plusSeconds(3600);
    RankingCandidate second = new RankingCandidate(10, "SZ2026-002", "A", d("90"), false, d("20"), same);
    RankingCandidate first = new RankingCandidate(11, "SZ2026-001", "A", d("90"), false, d("20"), same);
    RankingCandidate third = new RankingCandidate(9, "SZ2026-003", "A", d("90"), false, d("20"), same);

    List<RankedEntry> result = ranking.rank(List.of(second, third, first), noCut());

    assertThat(ids(result)).containsExactly(11L, 10L, 9L);
    assertThat(ranking.rank(List.of(first, third, second), noCut())).isEqualTo(result);
  }

  @Test
  void aFullTieWithBothSubtotalsMissingIsBrokenByApplicationNumber() {
    RankingCandidate b = new RankingCandidate(1, "B-1", "A", d("80"), false, null, T0);
    RankingCandidate a = new RankingCandidate(2, "A-1", "A", d("80"), false, null, T0);

    assertThat(ids(ranking.rank(List.of(b, a), noCut()))).containsExactly(2L, 1L);
  }

  @Test
  void theResultListsRankedThenBelowPassLineThenVetoed() {
    List<RankedEntry> result = ranking.rank(List.of(
        vetoed(1, "A", "70"),
        cand(2, "A", "60"),
        vetoed(3, "A", "95"),
        cand(4, "A", "76"),
        cand(5, "A", "74"),
        vetoed(6, "A", "70"),
        cand(7, "A", "90")), noCut());

    // ranked 90, 76; below 74, 60; vetoed 95, then 70 twice by number (SZ2026-001 before SZ2026-006)
    assertThat(ids(result)).containsExactly(7L, 4L, 5L, 2L, 3L, 1L, 6L);
    assertThat(result).extracting(RankedEntry::outcome).containsExactly(
        RankingOutcome.PROPOSED, RankingOutcome.PROPOSED,
        RankingOutcome.BELOW_PASS_LINE, RankingOutcome.BELOW_PASS_LINE,
        RankingOutcome.VETOED, RankingOutcome.VETOED, RankingOutcome.VETOED);
    assertThat(result).extracting(RankedEntry::rank).containsExactly(1, 2, null, null, null, null, null);
  }

  @Test
  void theProposedReasonGivesScoreAndRank() {
    List<RankedEntry> result = ranking.rank(List.of(cand(1, "A", "91.5")), noCut());

    assertThat(result.get(0).reason()).isEqualTo("得分 91.50 分，排名第 1 位");
    assertThat(result.get(0).proposed()).isTrue();
  }

  // ---------------------------------------------------------------- quotas

  @Test
  void theUnionQuotaCutsThatUnionOnly() {
    RankingRules rules = RankingRules.withDefaultPassLine(Map.of("NS", 3, "FT", 2), 0, null)
        .withUnionNames(Map.of("NS", "南山区总工会"));

    List<RankedEntry> result = ranking.rank(List.of(
        cand(1, "NS", "95"),
        cand(2, "NS", "94"),
        cand(3, "NS", "93"),
        cand(4, "NS", "92"),
        cand(5, "FT", "80")), rules);

    assertThat(ids(result)).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(result).extracting(RankedEntry::outcome).containsExactly(
        RankingOutcome.PROPOSED, RankingOutcome.PROPOSED, RankingOutcome.PROPOSED,
        RankingOutcome.OVER_UNION_QUOTA, RankingOutcome.PROPOSED);
    assertThat(result).extracting(RankedEntry::rank).containsExactly(1, 2, 3, 4, 5);
    assertThat(result.get(3).reason()).isEqualTo("南山区总工会名额 3 个已用完");
  }

  @Test
  void aUnionWithoutANameIsShownByItsCode() {
    RankingRules rules = RankingRules.withDefaultPassLine(Map.of("FT", 1), 0, null);

    List<RankedEntry> result = ranking.rank(List.of(cand(1, "FT", "90"), cand(2, "FT", "89")), rules);

    assertThat(result.get(1).reason()).isEqualTo("FT名额 1 个已用完");
  }

  @Test
  void theTotalQuotaCutsTheRankedList() {
    RankingRules rules = RankingRules.withDefaultPassLine(Map.of("A", 5, "B", 5), 0, 3);

    List<RankedEntry> result = ranking.rank(List.of(
        cand(1, "A", "90"),
        cand(2, "B", "85"),
        cand(3, "A", "80"),
        cand(4, "B", "78"),
        cand(5, "A", "77")), rules);

    assertThat(result).extracting(RankedEntry::outcome).containsExactly(
        RankingOutcome.PROPOSED, RankingOutcome.PROPOSED, RankingOutcome.PROPOSED,
        RankingOutcome.OVER_TOTAL_QUOTA, RankingOutcome.OVER_TOTAL_QUOTA);
    assertThat(result).extracting(RankedEntry::rank).containsExactly(1, 2, 3, 4, 5);
    assertThat(result.get(3).reason()).isEqualTo("批次总名额 3 个已用完");
  }

  @Test
  void anEntryCutByItsUnionDoesNotUseATotalPlace() {
    RankingRules rules = RankingRules.withDefaultPassLine(Map.of("A", 1, "B", 2, "C", 2), 0, 3);

    List<RankedEntry> result = ranking.rank(List.of(
        cand(1, "A", "95"),
        cand(2, "A", "94"),
        cand(3, "B", "90"),
        cand(4, "C", "85"),
        cand(5, "B", "80")), rules);

    // A95 proposed (1 of 3), A94 over A's quota (no total place used), B90 (2 of 3), C85 (3 of 3), B80 over total.
    assertThat(result).extracting(RankedEntry::outcome).containsExactly(
        RankingOutcome.PROPOSED, RankingOutcome.OVER_UNION_QUOTA, RankingOutcome.PROPOSED,
        RankingOutcome.PROPOSED, RankingOutcome.OVER_TOTAL_QUOTA);
  }

  @Test
  void whenBothQuotasAreUsedUpTheUnionQuotaIsReported() {
    RankingRules rules = RankingRules.withDefaultPassLine(Map.of("A", 1, "B", 1), 0, 1);

    List<RankedEntry> result = ranking.rank(List.of(
        cand(1, "A", "95"), cand(2, "A", "94"), cand(3, "B", "90")), rules);

    assertThat(result).extracting(RankedEntry::outcome).containsExactly(
        RankingOutcome.PROPOSED, RankingOutcome.OVER_UNION_QUOTA, RankingOutcome.OVER_TOTAL_QUOTA);
  }

  @Test
  void onceTheTotalIsUsedUpAUnionsUnusedPlacesAreNotReportedAsUsedUp() {
    RankingRules rules = RankingRules.withDefaultPassLine(Map.of("A", 2, "B", 2), 0, 1);

    List<RankedEntry> result = ranking.rank(List.of(
        cand(1, "A", "95"), cand(2, "B", "94"), cand(3, "A", "93"), cand(4, "A", "92")), rules);

    // Only A95 is proposed, so A has used 1 of its 2 places: A93 and A92 (A's third) were stopped by the total.
    assertThat(result).extracting(RankedEntry::outcome).containsExactly(
        RankingOutcome.PROPOSED, RankingOutcome.OVER_TOTAL_QUOTA, RankingOutcome.OVER_TOTAL_QUOTA,
        RankingOutcome.OVER_TOTAL_QUOTA);
    assertThat(result.get(3).reason()).isEqualTo("批次总名额 1 个已用完");
  }

  @Test
  void withoutATotalQuotaOnlyUnionQuotasCut() {
    RankingRules rules = RankingRules.withDefaultPassLine(Map.of("A", 4, "B", 4, "C", 4), 0, null);
    List<RankingCandidate> candidates = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      candidates.add(cand(i, List.of("A", "B", "C").get(i % 3), String.valueOf(100 - i)));
    }

    List<RankedEntry> result = ranking.rank(candidates, rules);

    assertThat(result).hasSize(12).allMatch(RankedEntry::proposed);
    assertThat(result).extracting(RankedEntry::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
  }

  @Test
  void aUnionNotListedGetsTheDefaultQuota() {
    RankingRules rules = RankingRules.withDefaultPassLine(Map.of("A", 1), 2, null);

    List<RankedEntry> result = ranking.rank(List.of(
        cand(1, "X", "95"),
        cand(2, "X", "94"),
        cand(3, "X", "93"),
        cand(4, "A", "92"),
        cand(5, "A", "91")), rules);

    assertThat(result).extracting(RankedEntry::outcome).containsExactly(
        RankingOutcome.PROPOSED, RankingOutcome.PROPOSED, RankingOutcome.OVER_UNION_QUOTA,
        RankingOutcome.PROPOSED, RankingOutcome.OVER_UNION_QUOTA);
    assertThat(result.get(2).reason()).isEqualTo("X名额 2 个已用完");
    assertThat(result.get(4).reason()).isEqualTo("A名额 1 个已用完");
  }

  @Test
  void aZeroQuotaIsReportedAsSuch() {
    RankingRules zeroDefault = RankingRules.withDefaultPassLine(Map.of(), 0, null)
        .withUnionNames(Map.of("Y", "福田区总工会"));
    RankingRules zeroTotal = RankingRules.withDefaultPassLine(Map.of(), 5, 0);

    assertThat(ranking.rank(List.of(cand(1, "Y", "90")), zeroDefault).get(0))
        .extracting(RankedEntry::outcome, RankedEntry::reason)
        .containsExactly(RankingOutcome.OVER_UNION_QUOTA, "福田区总工会名额为 0 个");
    assertThat(ranking.rank(List.of(cand(1, "Y", "90")), zeroTotal).get(0))
        .extracting(RankedEntry::outcome, RankedEntry::reason)
        .containsExactly(RankingOutcome.OVER_TOTAL_QUOTA, "批次总名额为 0 个");
  }

  // ---------------------------------------------------------------- edges and refusals

  @Test
  void noCandidatesGiveAnEmptyRanking() {
    assertThat(ranking.rank(List.of(), noCut())).isEmpty();
  }

  @Test
  void aMissingPanelScoreIsRefusedNamingTheApplication() {
    assertThatThrownBy(() -> new RankingCandidate(7, "SZ2026-007", "A", null, false, d("20"), T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SZ2026-007");
  }

  @Test
  void aCandidateWithoutNumberUnionOrSubmissionTimeIsRefused() {
    assertThatThrownBy(() -> new RankingCandidate(7, " ", "A", d("80"), false, null, T0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RankingCandidate(7, "SZ2026-007", null, d("80"), false, null, T0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SZ2026-007");
    assertThatThrownBy(() -> new RankingCandidate(7, "SZ2026-007", "A", d("80"), false, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SZ2026-007");
  }

  @Test
  void aDuplicateOrNullCandidateIsRefused() {
    assertThatThrownBy(() -> ranking.rank(List.of(cand(1, "A", "80"), cand(1, "B", "90")), noCut()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SZ2026-001");
    List<RankingCandidate> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> ranking.rank(withNull, noCut())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ranking.rank(null, noCut())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ranking.rank(List.of(), null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Nested
  class RulesValidation {

    @Test
    void thePassLineMustBeWithinZeroToHundred() {
      assertThatThrownBy(() -> new RankingRules(d("-0.01"), Map.of(), 1, null))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new RankingRules(d("100.01"), Map.of(), 1, null))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new RankingRules(null, Map.of(), 1, null))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatCode(() -> new RankingRules(d("0"), Map.of(), 1, null)).doesNotThrowAnyException();
      assertThatCode(() -> new RankingRules(d("100.00"), Map.of(), 1, null)).doesNotThrowAnyException();
    }

    @Test
    void quotasMustNotBeNegative() {
      assertThatThrownBy(() -> RankingRules.withDefaultPassLine(Map.of("A", -1), 1, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("A");
      assertThatThrownBy(() -> RankingRules.withDefaultPassLine(Map.of(), -1, null))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> RankingRules.withDefaultPassLine(Map.of(), 1, -1))
          .isInstanceOf(IllegalArgumentException.class);
      Map<String, Integer> nullQuota = new HashMap<>();
      nullQuota.put("A", null);
      assertThatThrownBy(() -> RankingRules.withDefaultPassLine(nullQuota, 1, null))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatCode(() -> RankingRules.withDefaultPassLine(Map.of("A", 0), 0, 0)).doesNotThrowAnyException();
    }

    @Test
    void theDefaultsAndLookupsAreAsDocumented() {
      Map<String, Integer> quotas = new HashMap<>(Map.of("A", 3));
      RankingRules rules = RankingRules.withDefaultPassLine(quotas, 2, null);
      quotas.put("A", 9);

      assertThat(rules.passLine()).isEqualByComparingTo("75");
      assertThat(rules.quotaOf("A")).isEqualTo(3);
      assertThat(rules.quotaOf("B")).isEqualTo(2);
      assertThat(rules.nameOf("A")).isEqualTo("A");
      assertThat(rules.withUnionNames(Map.of("A", "宝安区总工会")).nameOf("A")).isEqualTo("宝安区总工会");
      assertThat(new RankingRules(d("75"), null, 1, null, null).unionQuotas()).isEmpty();
    }
  }

  @Test
  void outcomeLabelsAreChinese() {
    assertThat(RankingOutcome.PROPOSED.label()).isEqualTo("拟命名");
    assertThat(RankingOutcome.OVER_UNION_QUOTA.label()).isEqualTo("超出推荐单位名额");
    assertThat(RankingOutcome.OVER_TOTAL_QUOTA.label()).isEqualTo("超出批次总名额");
    assertThat(RankingOutcome.BELOW_PASS_LINE.label()).isEqualTo("未达合格线");
    assertThat(RankingOutcome.VETOED.label()).isEqualTo("一票否决");
  }

  // ---------------------------------------------------------------- 500 candidates against independent checks

  /**
   * 500 candidates from 16 unions with deliberately coarse scores, subtotals and submission times (so every tie-break
   * is exercised), unions U01–U12 listed with quotas 0..8 and U13–U16 falling back to the default quota. The result is
   * checked against invariants and a reference computed differently (pairwise counting for ranks; per-union top-N
   * then total top-N for the proposals).
   */
  @ParameterizedTest
  @CsvSource({
      "1, 75,   30,  2",
      "2, 75,     ,  3",
      "3, 75,    0,  1",
      "4, 82.5, 40,  0",
      "5, 75, 1000,  4",
      "6, 0,    45,  5"})
  void fiveHundredCandidatesFromSixteenUnions(long seed, String passLine, Integer totalQuota, int defaultQuota) {
    Random random = new Random(seed);
    Map<String, Integer> quotas = new LinkedHashMap<>();
    for (int u = 1; u <= 12; u++) {
      quotas.put(union(u), random.nextInt(9));
    }
    RankingRules rules = new RankingRules(d(passLine), quotas, defaultQuota, totalQuota);

    List<Long> numberOrder = new ArrayList<>();
    for (long i = 1; i <= 500; i++) {
      numberOrder.add(i);
    }
    Collections.shuffle(numberOrder, random);
    List<RankingCandidate> candidates = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      long id = 1000 + i;
      // score: 60.0 .. 100.0 in steps of 0.5, with one or two decimals (equal values, different scales)
      BigDecimal score = BigDecimal.valueOf(120 + random.nextInt(81)).divide(BigDecimal.valueOf(2))
          .setScale(random.nextBoolean() ? 2 : 1);
      BigDecimal subtotal = random.nextInt(10) == 0 ? null : BigDecimal.valueOf(36 + random.nextInt(5), 1);
      Instant submitted = T0.plusSeconds(60L * random.nextInt(40));
      candidates.add(new RankingCandidate(id, String.format("SZ2026-%04d", numberOrder.get(i)),
          union(1 + random.nextInt(16)), score, random.nextInt(20) == 0, subtotal, submitted));
    }

    List<RankedEntry> result = ranking.rank(candidates, rules);

    // Every candidate exactly once.
    assertThat(result).hasSize(500);
    assertThat(result.stream().map(e -> e.candidate().applicationId()).collect(Collectors.toSet()))
        .isEqualTo(candidates.stream().map(RankingCandidate::applicationId).collect(Collectors.toSet()));

    // Classification and sections: ranked, then below the pass line, then vetoed.
    List<RankingCandidate> eligible = candidates.stream()
        .filter(c -> !c.vetoed() && c.panelScore().compareTo(rules.passLine()) >= 0).toList();
    long below = candidates.stream()
        .filter(c -> !c.vetoed() && c.panelScore().compareTo(rules.passLine()) < 0).count();
    long vetoedCount = candidates.stream().filter(RankingCandidate::vetoed).count();
    int n = eligible.size();
    for (int i = 0; i < result.size(); i++) {
      RankedEntry entry = result.get(i);
      RankingOutcome outcome = entry.outcome();
      if (i < n) {
        assertThat(outcome).isIn(RankingOutcome.PROPOSED, RankingOutcome.OVER_UNION_QUOTA,
            RankingOutcome.OVER_TOTAL_QUOTA);
        assertThat(entry.rank()).isEqualTo(i + 1);
      } else if (i < n + below) {
        assertThat(outcome).isEqualTo(RankingOutcome.BELOW_PASS_LINE);
        assertThat(entry.candidate().vetoed()).isFalse();
        assertThat(entry.candidate().panelScore()).isLessThan(rules.passLine());
        assertThat(entry.rank()).isNull();
        if (i > n) {
          assertThat(result.get(i - 1).candidate().panelScore())
              .isGreaterThanOrEqualTo(entry.candidate().panelScore());
        }
      } else {
        assertThat(outcome).isEqualTo(RankingOutcome.VETOED);
        assertThat(entry.candidate().vetoed()).isTrue();
        assertThat(entry.rank()).isNull();
        if (i > n + below) {
          RankingCandidate previous = result.get(i - 1).candidate();
          int byScore = previous.panelScore().compareTo(entry.candidate().panelScore());
          assertThat(byScore > 0
              || byScore == 0 && previous.applicationNumber().compareTo(entry.candidate().applicationNumber()) < 0)
              .as("vetoed order at %d", i).isTrue();
        }
      }
    }
    assertThat(vetoedCount).isEqualTo(result.size() - n - below);

    // Ranks by pairwise counting: 1 + how many eligible candidates strictly precede this one.
    Map<Long, Integer> rankById = new HashMap<>();
    for (RankingCandidate c : eligible) {
      int beaten = 0;
      for (RankingCandidate other : eligible) {
        if (other != c && precedes(other, c)) {
          beaten++;
        }
      }
      rankById.put(c.applicationId(), beaten + 1);
    }
    for (RankedEntry entry : result.subList(0, n)) {
      assertThat(entry.rank()).isEqualTo(rankById.get(entry.candidate().applicationId()));
    }

    // Reference proposals: each union's best `quota` entries, then the best `total` of those.
    Set<Long> withinUnion = new HashSet<>();
    Map<String, List<RankingCandidate>> byUnion = eligible.stream()
        .collect(Collectors.groupingBy(RankingCandidate::unionCode));
    byUnion.forEach((union, members) -> members.stream()
        .sorted((a, b) -> precedes(a, b) ? -1 : precedes(b, a) ? 1 : 0)
        .limit(rules.quotaOf(union))
        .forEach(c -> withinUnion.add(c.applicationId())));
    Set<Long> expectedProposed = eligible.stream()
        .filter(c -> withinUnion.contains(c.applicationId()))
        .sorted((a, b) -> precedes(a, b) ? -1 : precedes(b, a) ? 1 : 0)
        .limit(totalQuota == null ? Long.MAX_VALUE : totalQuota)
        .map(RankingCandidate::applicationId)
        .collect(Collectors.toSet());
    // A passed-over entry is over its union's quota when that many of its union were proposed before it (its
    // union's places really are used up); otherwise it was the total quota that stopped it.
    for (RankedEntry entry : result.subList(0, n)) {
      RankingCandidate c = entry.candidate();
      long proposedBefore = eligible.stream()
          .filter(o -> o.unionCode().equals(c.unionCode()) && precedes(o, c)
              && expectedProposed.contains(o.applicationId()))
          .count();
      RankingOutcome expected = expectedProposed.contains(c.applicationId()) ? RankingOutcome.PROPOSED
          : proposedBefore == rules.quotaOf(c.unionCode()) ? RankingOutcome.OVER_UNION_QUOTA
          : RankingOutcome.OVER_TOTAL_QUOTA;
      assertThat(entry.outcome()).as("outcome of %s", c.applicationNumber()).isEqualTo(expected);
      if (expected == RankingOutcome.OVER_UNION_QUOTA) {
        assertThat(withinUnion).doesNotContain(c.applicationId());
      }
    }

    // Quota invariants and "nobody passed over could have been proposed instead".
    Map<String, Integer> unionCount = new HashMap<>();
    int total = 0;
    for (RankedEntry entry : result.subList(0, n)) {
      String union = entry.candidate().unionCode();
      int used = unionCount.getOrDefault(union, 0);
      switch (entry.outcome()) {
        case PROPOSED -> {
          assertThat(used).isLessThan(rules.quotaOf(union));
          assertThat(totalQuota == null || total < totalQuota).isTrue();
          unionCount.put(union, used + 1);
          total++;
        }
        case OVER_UNION_QUOTA -> assertThat(used).isEqualTo(rules.quotaOf(union));
        case OVER_TOTAL_QUOTA -> {
          assertThat(used).isLessThan(rules.quotaOf(union));
          assertThat(total).isEqualTo(totalQuota);
        }
        default -> throw new AssertionError(entry);
      }
    }
    unionCount.forEach((union, count) -> assertThat(count).isLessThanOrEqualTo(rules.quotaOf(union)));
    if (totalQuota != null) {
      assertThat(total).isLessThanOrEqualTo(totalQuota);
    }
    for (RankedEntry passedOver : result.subList(0, n)) {
      if (passedOver.proposed()) {
        continue;
      }
      for (RankedEntry proposed : result.subList(0, n)) {
        if (proposed.proposed() && proposed.rank() > passedOver.rank()) {
          assertThat(passedOver.outcome()).isEqualTo(RankingOutcome.OVER_UNION_QUOTA);
          assertThat(proposed.candidate().unionCode()).isNotEqualTo(passedOver.candidate().unionCode());
        }
      }
    }

    // The data really exercises the cuts (guards against a vacuous test).
    assertThat(result).anyMatch(e -> e.outcome() == RankingOutcome.OVER_UNION_QUOTA);
    assertThat(result).anyMatch(e -> e.outcome() == RankingOutcome.VETOED);
    if (totalQuota != null && totalQuota < 100) {
      assertThat(result).anyMatch(e -> e.outcome() == RankingOutcome.OVER_TOTAL_QUOTA);
    }

    // Deterministic whatever the input order.
    List<RankingCandidate> shuffled = new ArrayList<>(candidates);
    Collections.shuffle(shuffled, new Random(seed + 100));
    assertThat(ranking.rank(shuffled, rules)).isEqualTo(result);
  }

  private static String union(int u) {
    return String.format("U%02d", u);
  }

  /** Independent statement of the ranking order: true when {@code a} ranks strictly before {@code b}. */
  private static boolean precedes(RankingCandidate a, RankingCandidate b) {
    int score = a.panelScore().compareTo(b.panelScore());
    if (score != 0) {
      return score > 0;
    }
    BigDecimal sa = a.innovationSubtotal();
    BigDecimal sb = b.innovationSubtotal();
    if (sa != null && sb == null) {
      return true;
    }
    if (sa == null && sb != null) {
      return false;
    }
    if (sa != null && sa.compareTo(sb) != 0) {
      return sa.compareTo(sb) > 0;
    }
    if (!a.submittedAt().equals(b.submittedAt())) {
      return a.submittedAt().isBefore(b.submittedAt());
    }
    int number = a.applicationNumber().compareTo(b.applicationNumber());
    if (number != 0) {
      return number < 0;
    }
    return a.applicationId() < b.applicationId();
  }
}
