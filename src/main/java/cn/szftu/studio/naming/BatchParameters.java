package cn.szftu.studio.naming;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** The parameters the city office opens a naming batch with (the start form of naming-batch), checked. */
public record BatchParameters(int year, String title, Instant windowOpensAt, Instant windowClosesAt,
    int defaultQuota, Map<String, Integer> unionQuotas, Integer totalQuota, int correctionWorkingDays, int panelSize,
    BigDecimal passLine, BigDecimal disagreementThreshold, int noticeWorkingDays, String indicatorVersion,
    String outcomeLabel) {

  public BatchParameters {
    unionQuotas = Map.copyOf(unionQuotas);
  }

  /** The batch code is its year: one batch a year. */
  public String code() {
    return String.valueOf(year);
  }
}
