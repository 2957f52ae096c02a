package cn.szftu.studio.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Ranks the applications of one naming batch and cuts the ranking by quota (SPEC §3.1/§4).
 *
 * <p>Veto-free candidates whose panel score is at or above the pass line are ranked by panel score (descending),
 * then by the 创新成果及应用 subtotal (descending, a missing subtotal last), then by submission time (earlier
 * first), then by application number and finally by id, so the order is always total and deterministic. Scores are
 * compared exactly ({@link BigDecimal#compareTo}).
 *
 * <p>The ranked list is then walked in order: an entry is proposed when its union still has places and the batch
 * still has total places, and then uses one place of each. Otherwise it is not proposed: when its union's places are
 * used up the outcome is {@link RankingOutcome#OVER_UNION_QUOTA} (checked first, and such an entry uses no total
 * place, so later entries of other unions may still be proposed); otherwise {@link RankingOutcome#OVER_TOTAL_QUOTA}.
 * Only proposed entries use places, so once the total is used up every later entry whose union has not filled its
 * places is reported as over the total quota, even one beyond its union's best N (its union's places are not used
 * up, so "名额 N 个已用完" would not be true).
 *
 * <p>Stateless and thread-safe.
 */
@Component
public class BatchRanking {

  /** Ranking order of eligible candidates: the full tie-break chain. */
  static final Comparator<RankingCandidate> RANKING_ORDER = Comparator
      .comparing(RankingCandidate::panelScore, Comparator.reverseOrder())
      .thenComparing(RankingCandidate::innovationSubtotal, Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(RankingCandidate::submittedAt)
      .thenComparing(RankingCandidate::applicationNumber)
      .thenComparingLong(RankingCandidate::applicationId);

  /** Order of vetoed candidates: score descending, then application number. */
  static final Comparator<RankingCandidate> VETOED_ORDER = Comparator
      .comparing(RankingCandidate::panelScore, Comparator.reverseOrder())
      .thenComparing(RankingCandidate::applicationNumber)
      .thenComparingLong(RankingCandidate::applicationId);

  /**
   * Ranks the candidates.
   *
   * @return every candidate exactly once: first the ranked ones in rank order (proposed or over a quota), then the
   *     ones below the pass line (in ranking order, so by score descending), then the vetoed ones (by score
   *     descending, then application number)
   * @throws IllegalArgumentException when an argument is null, a candidate is null, or two candidates have the same
   *     application id
   */
  public List<RankedEntry> rank(List<RankingCandidate> candidates, RankingRules rules) {
    if (candidates == null) {
      throw new IllegalArgumentException("The candidates are required");
    }
    if (rules == null) {
      throw new IllegalArgumentException("The ranking rules are required");
    }
    List<RankingCandidate> eligible = new ArrayList<>();
    List<RankingCandidate> belowPassLine = new ArrayList<>();
    List<RankingCandidate> vetoed = new ArrayList<>();
    Set<Long> ids = new HashSet<>();
    for (RankingCandidate candidate : candidates) {
      if (candidate == null) {
        throw new IllegalArgumentException("A candidate is null");
      }
      if (!ids.add(candidate.applicationId())) {
        throw new IllegalArgumentException("Application " + candidate.applicationNumber() + " (id "
            + candidate.applicationId() + ") appears more than once");
      }
      if (candidate.vetoed()) {
        vetoed.add(candidate);
      } else if (candidate.panelScore().compareTo(rules.passLine()) >= 0) {
        eligible.add(candidate);
      } else {
        belowPassLine.add(candidate);
      }
    }
    eligible.sort(RANKING_ORDER);
    belowPassLine.sort(RANKING_ORDER);
    vetoed.sort(VETOED_ORDER);

    List<RankedEntry> result = new ArrayList<>(candidates.size());
    Map<String, Integer> unionUsed = new HashMap<>();
    Integer totalQuota = rules.totalQuota();
    int totalUsed = 0;
    int rank = 0;
    for (RankingCandidate candidate : eligible) {
      rank++;
      String union = candidate.unionCode();
      int unionQuota = rules.quotaOf(union);
      int used = unionUsed.getOrDefault(union, 0);
      if (used >= unionQuota) {
        result.add(new RankedEntry(candidate, rank, RankingOutcome.OVER_UNION_QUOTA,
            overUnionQuota(rules.nameOf(union), unionQuota)));
      } else if (totalQuota != null && totalUsed >= totalQuota) {
        result.add(new RankedEntry(candidate, rank, RankingOutcome.OVER_TOTAL_QUOTA, overTotalQuota(totalQuota)));
      } else {
        unionUsed.put(union, used + 1);
        totalUsed++;
        result.add(new RankedEntry(candidate, rank, RankingOutcome.PROPOSED,
            "得分 " + score(candidate.panelScore()) + " 分，排名第 " + rank + " 位"));
      }
    }
    for (RankingCandidate candidate : belowPassLine) {
      result.add(new RankedEntry(candidate, null, RankingOutcome.BELOW_PASS_LINE,
          "得分 " + score(candidate.panelScore()) + " 分，低于合格线 " + plain(rules.passLine()) + " 分"));
    }
    for (RankingCandidate candidate : vetoed) {
      result.add(new RankedEntry(candidate, null, RankingOutcome.VETOED, "存在一票否决情形"));
    }
    return List.copyOf(result);
  }

  private static String overUnionQuota(String unionName, int quota) {
    return quota == 0 ? unionName + "名额为 0 个" : unionName + "名额 " + quota + " 个已用完";
  }

  private static String overTotalQuota(int quota) {
    return quota == 0 ? "批次总名额为 0 个" : "批次总名额 " + quota + " 个已用完";
  }

  /** A score as published: at least two decimals, never rounded (72.5 → "72.50", 74.995 → "74.995"). */
  static String score(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
  }

  /** A parameter without trailing zeros (75.00 → "75", 72.50 → "72.5"). */
  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
