package cn.szftu.studio.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Parameters of panel scoring. {@code disagreementThreshold}: the disagreement flag is raised when the
 * highest expert total minus the lowest is strictly greater than this (default 15 points).
 */
public record ScoringParameters(BigDecimal disagreementThreshold) {

  public static final BigDecimal DEFAULT_DISAGREEMENT_THRESHOLD = new BigDecimal("15");
  public static final ScoringParameters DEFAULTS = new ScoringParameters(DEFAULT_DISAGREEMENT_THRESHOLD);

  public ScoringParameters {
    Objects.requireNonNull(disagreementThreshold, "disagreementThreshold");
    if (disagreementThreshold.signum() < 0) {
      throw new IllegalArgumentException("disagreement threshold must not be negative");
    }
  }
}
