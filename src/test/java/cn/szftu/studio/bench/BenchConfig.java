package cn.szftu.studio.bench;

/**
 * The benchmark's sizes, from system properties so a quick run is possible ({@code -Dbench.applications=50}); the
 * defaults are the sizes issue 9 asks for.
 */
public record BenchConfig(int applications, int batchClients, int openTasks, int finishedInstances,
    int latencyRequests, int pgbenchSeconds, int port, String heap, boolean writeReport,
    java.util.Set<String> parts) {

  public static BenchConfig fromSystemProperties() {
    return new BenchConfig(
        intProperty("bench.applications", 500),
        intProperty("bench.batchClients", 2),
        intProperty("bench.openTasks", 10_000),
        intProperty("bench.finishedInstances", 100_000),
        intProperty("bench.latencyRequests", 150),
        intProperty("bench.pgbenchSeconds", 15),
        intProperty("bench.port", 18310),
        System.getProperty("bench.heap", "512m"),
        Boolean.parseBoolean(System.getProperty("bench.writeReport", "true")),
        java.util.Set.of(System.getProperty("bench.parts", "pgbench,bare,batch,latency").split(",")));
  }

  /** Whether a part runs (bench.parts, for tuning one part at a time); the report needs all four. */
  public boolean runs(String part) {
    return parts.contains(part);
  }

  /** Whether these are the sizes the targets are stated for. */
  public boolean fullSize() {
    return applications >= 500 && openTasks >= 10_000 && finishedInstances >= 100_000;
  }

  private static int intProperty(String name, int fallback) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    int parsed = Integer.parseInt(value.trim());
    if (parsed < 0) {
      throw new IllegalArgumentException(name + " must not be negative: " + value);
    }
    return parsed;
  }
}
