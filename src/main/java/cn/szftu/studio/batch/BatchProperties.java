package cn.szftu.studio.batch;

import cn.szftu.studio.scoring.ScoringParameters;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configured naming batches (studio.batches). A stand-in until batches are started as processes: each entry is
 * synchronised into naming_batch and batch_quota at start-up.
 *
 * @param defaultQuota the quota of a union the entry does not list
 */
@ConfigurationProperties("studio")
public record BatchProperties(List<Batch> batches) {

  public BatchProperties {
    batches = batches == null ? List.of() : batches;
  }

  /**
   * @param panelSize             experts per application (default {@value #DEFAULT_PANEL_SIZE})
   * @param disagreementThreshold spread of expert totals above which the city office reviews the panel (default 15)
   * @param indicatorVersion      indicator-set version of the batch's evaluations; empty: the default version
   */
  public record Batch(String code, int year, String title, Instant windowOpensAt, Instant windowClosesAt,
      int correctionWorkingDays, int defaultQuota, Map<String, Integer> quotas, Integer panelSize,
      BigDecimal disagreementThreshold, String indicatorVersion) {

    public static final int DEFAULT_PANEL_SIZE = 5;

    public Batch {
      quotas = quotas == null ? Map.of() : quotas;
      panelSize = panelSize == null ? DEFAULT_PANEL_SIZE : panelSize;
      disagreementThreshold = disagreementThreshold == null ? ScoringParameters.DEFAULT_DISAGREEMENT_THRESHOLD
          : disagreementThreshold;
      indicatorVersion = indicatorVersion == null || indicatorVersion.isBlank() ? null : indicatorVersion.strip();
    }
  }
}
