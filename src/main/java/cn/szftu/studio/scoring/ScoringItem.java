package cn.szftu.studio.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A third-level indicator as the scoring component needs it: id (e.g. {@code C2.2}), Chinese name,
 * maximum points, and the ids of its second-level (e.g. {@code C2}) and first-level (e.g. {@code C})
 * parents.
 */
public record ScoringItem(String id, String name, BigDecimal maxPoints, String secondLevelId,
    String firstLevelId) {

  public ScoringItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(maxPoints, "maxPoints");
    Objects.requireNonNull(secondLevelId, "secondLevelId");
    Objects.requireNonNull(firstLevelId, "firstLevelId");
    if (maxPoints.signum() <= 0) {
      throw new IllegalArgumentException("maximum of " + id + " must be positive");
    }
  }

  public static ScoringItem of(String id, String name, String maxPoints, String secondLevelId,
      String firstLevelId) {
    return new ScoringItem(id, name, new BigDecimal(maxPoints), secondLevelId, firstLevelId);
  }

  /** {@code "C2.2 经济效益"}, as used in problem messages. */
  public String label() {
    return id + " " + name;
  }
}
