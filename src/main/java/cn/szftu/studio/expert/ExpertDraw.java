package cn.szftu.studio.expert;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Reproducible random draw of an evaluation panel. The pool is sorted by id first, so the database's row order does
 * not matter: the same pool, case facts, size and seed always give the same experts in the same order.
 */
public final class ExpertDraw {

  public static final String ALREADY_ON_PANEL = "已被抽取或已回避";

  private ExpertDraw() {
  }

  /** Draws {@code n} experts without a conflict of interest; fewer (with {@code enough=false}) if fewer exist. */
  public static DrawResult draw(Collection<ExpertProfile> pool, CaseFacts facts, int n, long seed) {
    return draw(pool, facts, n, seed, Set.of());
  }

  /**
   * Draws one replacement, e.g. after a recusal, leaving out everyone already drawn or recused as well as every
   * conflict. {@code drawn} then has at most one id; {@code enough=false} means nobody is left.
   */
  public static DrawResult replacement(Collection<ExpertProfile> pool, CaseFacts facts,
      Collection<String> alreadyDrawnOrRecused, long seed) {
    return draw(pool, facts, 1, seed, alreadyDrawnOrRecused);
  }

  /**
   * Draws {@code n} experts leaving out every conflict and everyone already drawn or recused for the case (e.g. when
   * more seats are added to a panel).
   */
  public static DrawResult draw(Collection<ExpertProfile> pool, CaseFacts facts, int n, long seed,
      Collection<String> alreadyDrawnOrRecused) {
    Set<String> alreadyDrawn = Set.copyOf(alreadyDrawnOrRecused);
    if (n < 0) {
      throw new IllegalArgumentException("panel size must not be negative: " + n);
    }
    List<ExpertProfile> sorted = new ArrayList<>(pool);
    sorted.sort(Comparator.comparing(ExpertProfile::id));
    Set<String> seen = new HashSet<>();
    List<String> eligible = new ArrayList<>();
    Map<String, List<String>> excluded = new LinkedHashMap<>();
    for (ExpertProfile expert : sorted) {
      if (!seen.add(expert.id())) {
        throw new IllegalArgumentException("expert " + expert.id() + " appears twice in the pool");
      }
      List<String> reasons = new ArrayList<>(ConflictOfInterest.reasons(expert, facts));
      if (alreadyDrawn.contains(expert.id())) {
        reasons.add(0, ALREADY_ON_PANEL);
      }
      if (reasons.isEmpty()) {
        eligible.add(expert.id());
      } else {
        excluded.put(expert.id(), List.copyOf(reasons));
      }
    }
    // Partial Fisher–Yates shuffle: position i takes a uniformly chosen id from the not yet drawn rest.
    SplittableRandom random = new SplittableRandom(seed);
    int count = Math.min(n, eligible.size());
    for (int i = 0; i < count; i++) {
      int j = i + random.nextInt(eligible.size() - i);
      String chosen = eligible.get(j);
      eligible.set(j, eligible.get(i));
      eligible.set(i, chosen);
    }
    return new DrawResult(eligible.subList(0, count), seed, n, excluded, count == n);
  }
}
