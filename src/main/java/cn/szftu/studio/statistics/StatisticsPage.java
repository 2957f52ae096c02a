package cn.szftu.studio.statistics;

import java.util.List;

/**
 * The statistics page for one scope (all years, or one batch year for the per-union figures): key figures, and the
 * figures, each a chart with the table it is drawn from.
 */
public record StatisticsPage(List<Integer> years, String selectedYear, String scopeText, long applications,
    long namedStudios, long revokedStudios, long unionsWithApplications, List<Figure> figures, String generatedAt) {

  /** One chart (inline SVG, rendered by {@link BarChartSvg}) and its table. */
  public record Figure(String id, String title, String note, Crosstab table, String svg) {
  }
}
