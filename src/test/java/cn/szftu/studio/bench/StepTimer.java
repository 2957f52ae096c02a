package cn.szftu.studio.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Wall time, task completions and SQL statements of each step of a run. */
final class StepTimer {

  record Step(String name, double seconds, int completions, long statements, long roundTrips) {

    double msPerCompletion() {
      return completions == 0 ? Double.NaN : seconds * 1000 / completions;
    }

    double statementsPerCompletion() {
      return completions == 0 ? Double.NaN : (double) statements / completions;
    }
  }

  private final SqlCounter sql;
  private final List<Step> steps = new ArrayList<>();
  final java.util.Map<String, List<java.util.Map.Entry<String, Long>>> topStatements =
      new java.util.LinkedHashMap<>();
  final AtomicInteger completions = new AtomicInteger();

  StepTimer(SqlCounter sql) {
    this.sql = sql;
  }

  void step(String name, Runnable body) {
    sql.drainTop(0);
    int c0 = completions.get();
    long s0 = sql.statements();
    long r0 = sql.roundTrips();
    long t0 = System.nanoTime();
    body.run();
    double seconds = (System.nanoTime() - t0) / 1e9;
    Step step = new Step(name, seconds, completions.get() - c0, sql.statements() - s0, sql.roundTrips() - r0);
    steps.add(step);
    topStatements.put(name, sql.drainTop(12));
    System.out.printf("BENCH step %-28s %8.2f s %6d completions %8.1f statements/completion%n", name, seconds,
        step.completions(), step.statementsPerCompletion());
  }

  /** Each step's most frequent statements, for finding N+1 queries (target/bench/sql-*.txt). */
  void writeTopStatements(java.nio.file.Path file) throws java.io.IOException {
    StringBuilder out = new StringBuilder();
    for (Step step : steps) {
      out.append("== ").append(step.name()).append(": ").append(step.statements()).append(" statements, ")
          .append(step.completions()).append(" completions\n");
      for (var e : topStatements.getOrDefault(step.name(), List.of())) {
        String sqlText = e.getKey().length() > 300 ? e.getKey().substring(0, 300) + "…" : e.getKey();
        out.append(String.format(java.util.Locale.ROOT, "%8d  %s%n", e.getValue(), sqlText));
      }
    }
    java.nio.file.Files.createDirectories(file.getParent());
    java.nio.file.Files.writeString(file, out);
  }

  List<Step> steps() {
    return List.copyOf(steps);
  }

  double totalSeconds() {
    return steps.stream().mapToDouble(Step::seconds).sum();
  }

  int totalCompletions() {
    return steps.stream().mapToInt(Step::completions).sum();
  }

  long totalStatements() {
    return steps.stream().mapToLong(Step::statements).sum();
  }
}
