package cn.szftu.studio.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A stored version with its tree, as returned by the admin endpoint. */
public record IndicatorSetView(String version, String title, boolean defaultSet, Instant loadedAt, String source,
    BigDecimal total, List<Indicator> indicators) {

  static IndicatorSetView of(IndicatorSetSummary summary, IndicatorSet set) {
    return new IndicatorSetView(summary.version(), summary.title(), summary.defaultSet(), summary.loadedAt(),
        summary.source(), set.total(), set.indicators());
  }
}
