package cn.szftu.studio.naming;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param tieBreakIndicator id of the first-level indicator whose mean breaks ties in the ranking (创新成果及应用,
 *                          {@code C} in the default indicator set)
 */
@ConfigurationProperties("studio.ranking")
public record RankingProperties(String tieBreakIndicator) {

  public RankingProperties {
    tieBreakIndicator = tieBreakIndicator == null || tieBreakIndicator.isBlank() ? "C" : tieBreakIndicator.strip();
  }
}
