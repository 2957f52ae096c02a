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
   * @param passLine              lowest panel score a studio may be named with (default 75)
   * @param totalQuota            most studios named in the batch; empty: no total limit
   * @param noticeWorkingDays     length of the public notice in working days (default 5)
   * @param outcomeLabel          命名 / 认定 / 支持建设 (default 命名)
   */
  public record Batch(String code, int year, String title, Instant windowOpensAt, Instant windowClosesAt,
      int correctionWorkingDays, int defaultQuota, Map<String, Integer> quotas, Integer panelSize,
      BigDecimal disagreementThreshold, String indicatorVersion, BigDecimal passLine, Integer totalQuota,
      Integer noticeWorkingDays, String outcomeLabel) {

    public static final int DEFAULT_PANEL_SIZE = 5;
    public static final BigDecimal DEFAULT_PASS_LINE = new BigDecimal("75");
    public static final int DEFAULT_NOTICE_WORKING_DAYS = 5;
    public static final String DEFAULT_OUTCOME_LABEL = "命名";

    public Batch {
      quotas = quotas == null ? Map.of() : quotas;
      panelSize = panelSize == null ? DEFAULT_PANEL_SIZE : panelSize;
      disagreementThreshold = disagreementThreshold == null ? ScoringParameters.DEFAULT_DISAGREEMENT_THRESHOLD
          : disagreementThreshold;
      indicatorVersion = indicatorVersion == null || indicatorVersion.isBlank() ? null : indicatorVersion.strip();
      passLine = passLine == null ? DEFAULT_PASS_LINE : passLine;
      noticeWorkingDays = noticeWorkingDays == null ? DEFAULT_NOTICE_WORKING_DAYS : noticeWorkingDays;
      outcomeLabel = outcomeLabel == null || outcomeLabel.isBlank() ? DEFAULT_OUTCOME_LABEL : outcomeLabel.strip();
    }
  }
}
