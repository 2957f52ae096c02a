package cn.szftu.studio.scoring;

import java.util.List;

/**
 * One expert's score sheet: a score per third-level item, a comment and any veto flags. The scores are a
 * list (not a map) so that an item scored twice can be detected and refused.
 */
public record ScoreSheet(String expertId, List<ItemScore> scores, String comment, List<Veto> vetoes) {

  public ScoreSheet {
    scores = scores == null ? List.of() : List.copyOf(scores);
    vetoes = vetoes == null ? List.of() : List.copyOf(vetoes);
  }
}
