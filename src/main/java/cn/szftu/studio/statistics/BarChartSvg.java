package cn.szftu.studio.statistics;

import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws a {@link Crosstab} as a horizontal stacked bar chart in inline SVG, on the server: one bar per row, one
 * coloured segment per column, the row total after the bar, and a scale with round ticks. No script and no style
 * attribute is needed (the CSP allows neither); colours and fonts come from studio.css classes. Every text is escaped.
 */
final class BarChartSvg {

  static final int WIDTH = 820;
  static final int LABEL_RIGHT = 172;
  static final int BAR_X = 180;
  static final int BAR_WIDTH = 560;
  static final int ROW_HEIGHT = 26;
  static final int BAR_HEIGHT = 16;
  static final int TOP = 6;
  static final int AXIS_HEIGHT = 24;
  static final int MAX_LABEL = 13;

  private BarChartSvg() {
  }

  static String render(String id, String title, Crosstab table) {
    String safeId = id.replaceAll("[^a-z0-9-]", "");
    StringBuilder svg = new StringBuilder();
    if (table.isEmpty() || table.rows().isEmpty()) {
      svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"stats-chart stats-chart-empty\" viewBox=\"0 0 ")
          .append(WIDTH).append(" 40\" role=\"img\" aria-labelledby=\"").append(safeId).append("-title\">")
          .append("<title id=\"").append(safeId).append("-title\">").append(escape(title)).append("：暂无数据</title>")
          .append("<text class=\"stats-empty\" x=\"").append(WIDTH / 2).append("\" y=\"24\" text-anchor=\"middle\">")
          .append("暂无数据</text></svg>");
      return svg.toString();
    }
    long step = step(table.maxRowTotal());
    long top = ((table.maxRowTotal() + step - 1) / step) * step;
    int plotBottom = TOP + table.rows().size() * ROW_HEIGHT;
    int height = plotBottom + AXIS_HEIGHT;
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"stats-chart\" viewBox=\"0 0 ").append(WIDTH)
        .append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"").append(safeId).append("-title\">")
        .append("<title id=\"").append(safeId).append("-title\">").append(escape(title)).append("</title>");

    svg.append("<g class=\"stats-grid\">");
    for (long tick = 0; tick <= top; tick += step) {
      String x = number(BAR_X + (double) tick / top * BAR_WIDTH);
      svg.append("<line x1=\"").append(x).append("\" y1=\"").append(TOP).append("\" x2=\"").append(x)
          .append("\" y2=\"").append(plotBottom).append("\"/>")
          .append("<text class=\"stats-tick\" x=\"").append(x).append("\" y=\"").append(plotBottom + 16)
          .append("\" text-anchor=\"middle\">").append(tick).append("</text>");
    }
    svg.append("</g>");

    for (int i = 0; i < table.rows().size(); i++) {
      Crosstab.Row row = table.rows().get(i);
      int y = TOP + i * ROW_HEIGHT;
      String middle = number(y + ROW_HEIGHT / 2.0);
      svg.append("<g class=\"stats-row\">");
      svg.append("<text class=\"stats-label\" x=\"").append(LABEL_RIGHT).append("\" y=\"").append(middle)
          .append("\" dy=\"0.35em\" text-anchor=\"end\"><title>").append(escape(row.label())).append("</title>")
          .append(escape(shorten(row.label()))).append("</text>");
      double x = BAR_X;
      for (int j = 0; j < table.columns().size(); j++) {
        long n = row.counts().get(j);
        if (n == 0) {
          continue;
        }
        Crosstab.Column column = table.columns().get(j);
        double width = (double) n / top * BAR_WIDTH;
        svg.append("<rect class=\"stats-bar ").append(escape(column.fillClass())).append("\" x=\"").append(number(x))
            .append("\" y=\"").append(number(y + (ROW_HEIGHT - BAR_HEIGHT) / 2.0)).append("\" width=\"")
            .append(number(width)).append("\" height=\"").append(BAR_HEIGHT).append("\"><title>")
            .append(escape(row.label() + " · " + column.label() + "：" + n)).append("</title></rect>");
        x += width;
      }
      svg.append("<text class=\"stats-value\" x=\"").append(number(x + 6)).append("\" y=\"").append(middle)
          .append("\" dy=\"0.35em\">").append(row.total()).append("</text>");
      svg.append("</g>");
    }
    return svg.append("</svg>").toString();
  }

  /** A round tick step (1, 2 or 5 times a power of ten) giving at most five intervals up to {@code max}. */
  static long step(long max) {
    if (max <= 5) {
      return 1;
    }
    long power = 1;
    while (true) {
      for (long factor : new long[] {1, 2, 5}) {
        long step = factor * power;
        if (max <= step * 5) {
          return step;
        }
      }
      power *= 10;
    }
  }

  private static String shorten(String label) {
    return label.codePointCount(0, label.length()) <= MAX_LABEL ? label
        : label.substring(0, label.offsetByCodePoints(0, MAX_LABEL - 1)) + "…";
  }

  private static String number(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }

  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
