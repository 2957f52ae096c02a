package cn.szftu.studio.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The single rounding rule of scoring.
 *
 * <p>Inputs are exact: each item score has at most one decimal place, so every sum (expert totals,
 * subtotals, sums over experts) is computed exactly with {@link BigDecimal} and never rounded.
 * Rounding happens only when a result is published: a value, or a mean computed as
 * {@code sum / count}, is rounded once to {@value #SCALE} decimal places with
 * {@link RoundingMode#HALF_UP} (e.g. 251.5 / 3 = 83.8333… → 83.83; 83.835 → 83.84). A mean is divided
 * directly to the published scale, so it is rounded exactly once. Comparisons (disagreement spread,
 * trimming) use the exact values, never published ones.
 */
public final class ScoreRounding {

  /** Decimal places of every published score. */
  public static final int SCALE = 2;
  public static final RoundingMode MODE = RoundingMode.HALF_UP;

  private ScoreRounding() {
  }

  /** Rounds an exact value for publication. */
  public static BigDecimal publish(BigDecimal exact) {
    return exact.setScale(SCALE, MODE);
  }

  /** Publishes the mean {@code sum / count}, rounded once. */
  public static BigDecimal publishMean(BigDecimal sum, int count) {
    if (count <= 0) {
      throw new IllegalArgumentException("count must be positive");
    }
    return sum.divide(BigDecimal.valueOf(count), SCALE, MODE);
  }
}
