package cn.szftu.studio.indicator;

import java.time.Instant;

/** A stored version as listed to administrators. */
public record IndicatorSetSummary(String version, String title, boolean defaultSet, Instant loadedAt, String source) {

  static IndicatorSetSummary of(IndicatorSetRow row) {
    return new IndicatorSetSummary(row.getVersion(), row.getTitle(), row.isDefaultSet(), row.getLoadedAt(),
        row.getSource());
  }
}
