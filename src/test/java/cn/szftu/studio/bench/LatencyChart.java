package cn.szftu.studio.bench;

import java.util.List;
import java.util.Locale;

/** docs/performance-latency.svg: p50/p95/p99 of task list and task completion by number of concurrent clients. */
final class LatencyChart {

  static final int WIDTH = 760;
  static final int HEIGHT = 360;

  private LatencyChart() {
  }

  static String svg(List<LatencyRun.Level> levels, double listTarget, double completeTarget) {
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
        .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
    s.append("<title>Task list and task completion latency by concurrent clients (p50/p95/p99, ms)</title>\n");
    s.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    panel(s, 20, "Task list (POST /filter/{id}/list, 15 rows)", levels, true, listTarget);
    panel(s, 400, "Task completion (POST /task/{id}/submit-form)", levels, false, completeTarget);
    String[] names = {"p50", "p95", "p99"};
    String[] colours = {"#9ecae1", "#3182bd", "#08519c"};
    for (int i = 0; i < 3; i++) {
      int x = 250 + i * 80;
      s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
          + "<text x=\"%d\" y=\"%d\">%s</text>%n", x, HEIGHT - 22, colours[i], x + 16, HEIGHT - 12, names[i]));
    }
    s.append(String.format(Locale.ROOT, "<line x1=\"490\" y1=\"%d\" x2=\"520\" y2=\"%d\" stroke=\"#d62728\" "
        + "stroke-dasharray=\"5,3\"/><text x=\"526\" y=\"%d\">p95 target</text>%n", HEIGHT - 16, HEIGHT - 16,
        HEIGHT - 12));
    s.append("</svg>\n");
    return s.toString();
  }

  private static void panel(StringBuilder s, int left, String title, List<LatencyRun.Level> levels, boolean list,
      double target) {
    int top = 40;
    int plotHeight = 230;
    int plotWidth = 320;
    int x0 = left + 40;
    double max = target;
    for (LatencyRun.Level l : levels) {
      Percentiles p = list ? l.list() : l.complete();
      max = Math.max(max, p.p99());
    }
    max = niceCeiling(max * 1.1);
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"24\" font-weight=\"bold\">%s</text>%n", left, title));
    for (int i = 0; i <= 4; i++) {
      double v = max * i / 4;
      int y = top + plotHeight - (int) Math.round(plotHeight * i / 4.0);
      s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#dddddd\"/>"
          + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", x0, y, x0 + plotWidth, y, x0 - 4, y + 4,
          Percentiles.fmt(v).replace(".0", "")));
    }
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" transform=\"rotate(-90 %d %d)\" "
        + "text-anchor=\"middle\">ms</text>%n", left + 6, top + plotHeight / 2, left + 6, top + plotHeight / 2));
    String[] colours = {"#9ecae1", "#3182bd", "#08519c"};
    int group = plotWidth / Math.max(1, levels.size());
    for (int g = 0; g < levels.size(); g++) {
      LatencyRun.Level l = levels.get(g);
      Percentiles p = list ? l.list() : l.complete();
      double[] values = {p.p50(), p.p95(), p.p99()};
      int gx = x0 + g * group + group / 2 - 33;
      for (int i = 0; i < 3; i++) {
        int h = (int) Math.round(plotHeight * Math.min(values[i], max) / max);
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"20\" height=\"%d\" fill=\"%s\">"
                + "<title>%d clients %s: %s ms</title></rect>%n", gx + i * 22, top + plotHeight - h, h,
            colours[i], l.clients(), new String[] {"p50", "p95", "p99"}[i], Percentiles.fmt(values[i])));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"9\" text-anchor=\"middle\">%s"
            + "</text>%n", gx + i * 22 + 10, top + plotHeight - h - 3, Math.round(values[i])));
      }
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d client%s</text>%n",
          gx + 33, top + plotHeight + 18, l.clients(), l.clients() == 1 ? "" : "s"));
    }
    int ty = top + plotHeight - (int) Math.round(plotHeight * target / max);
    s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#d62728\" "
        + "stroke-dasharray=\"5,3\"/>%n", x0, ty, x0 + plotWidth, ty));
    s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333333\"/>%n", x0,
        top + plotHeight, x0 + plotWidth, top + plotHeight));
  }

  static double niceCeiling(double v) {
    if (v <= 0 || Double.isNaN(v)) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * magnitude >= v) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }
}
