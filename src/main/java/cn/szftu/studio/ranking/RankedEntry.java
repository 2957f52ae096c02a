package cn.szftu.studio.ranking;

import java.util.Objects;

/**
 * One candidate's place in the result of {@link BatchRanking#rank}.
 *
 * @param rank 1-based position among the veto-free candidates at or above the pass line, in ranking order (ties are
 *     always broken, so ranks are distinct); null for {@link RankingOutcome#VETOED} and
 *     {@link RankingOutcome#BELOW_PASS_LINE}
 * @param reason why the outcome was reached, in Chinese with the figures, e.g. "得分 72.50 分，低于合格线 75 分"
 */
public record RankedEntry(RankingCandidate candidate, Integer rank, RankingOutcome outcome, String reason) {

  public RankedEntry {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
    boolean ranked = outcome != RankingOutcome.VETOED && outcome != RankingOutcome.BELOW_PASS_LINE;
    if (ranked != (rank != null)) {
      throw new IllegalArgumentException("Outcome " + outcome + " does not match rank " + rank);
    }
  }

  public boolean proposed() {
    return outcome == RankingOutcome.PROPOSED;
  }
}
