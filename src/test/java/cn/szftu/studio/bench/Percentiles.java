package cn.szftu.studio.bench;

import java.util.Arrays;
import java.util.Collection;

/** Nearest-rank percentiles of latencies in milliseconds. */
public record Percentiles(int count, double p50, double p95, double p99, double max) {

  public static Percentiles of(Collection<Double> millis) {
    double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (sorted.length == 0) {
      return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
        sorted[sorted.length - 1]);
  }

  static double rank(double[] sorted, double percentile) {
    int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  @Override
  public String toString() {
    return "n=" + count + " p50=" + fmt(p50) + " p95=" + fmt(p95) + " p99=" + fmt(p99) + " max=" + fmt(max);
  }

  static String fmt(double v) {
    return String.format(java.util.Locale.ROOT, "%.1f", v);
  }

  static double[] sortedCopy(double[] values) {
    double[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }
}
