package cn.szftu.studio.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.support.TestDatabase;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The performance benchmark of issue 9, run by {@code mvn -Pbench verify} only (its name matches neither Surefire's
 * nor Failsafe's default patterns). Sizes from system properties ({@link BenchConfig}); regenerates
 * docs/performance.md and docs/performance-latency.svg. Each part runs on a database of its own, named after the
 * one STUDIO_TEST_DB_URL names ({@code <db>_pgbench}, {@code _bare}, {@code _batch}, {@code _latency}); they are
 * dropped at the end unless {@code -Dbench.keepDatabases=true} (to examine a query plan on the loaded data).
 */
class PerformanceBenchmark {

  private final List<String> databases = new ArrayList<>();

  @AfterEach
  void dropDatabases() {
    if (Boolean.getBoolean("bench.keepDatabases")) {
      databases.forEach(TestDatabase::keep);
      System.out.println("BENCH databases kept: " + databases);
      return;
    }
    TestDatabase.Connection base = TestDatabase.get();
    for (String name : databases) {
      try (var c = DriverManager.getConnection(base.url(), base.user(), base.password());
          var s = c.createStatement()) {
        s.execute("drop database if exists " + name + " with (force)");
      } catch (Exception e) {
        System.err.println("could not drop " + name + ": " + e.getMessage());
      }
    }
  }

  @Test
  void benchmark() throws Exception {
    BenchConfig config = BenchConfig.fromSystemProperties();
    ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);
    long t0 = System.nanoTime();
    Machine machine = Machine.describe();
    String loadAtStart = Machine.loadAverage();
    System.out.println("BENCH " + config + " on " + machine + ", load " + loadAtStart);

    PgBenchBaseline.Result pgbench = null;
    if (config.runs("pgbench")) {
      pgbench = PgBenchBaseline.run(database("pgbench"), config.pgbenchSeconds());
      System.out.printf("BENCH pgbench %.0f TPS, %.2f ms%n", pgbench.tps(), pgbench.latencyMs());
    }
    StepTimer bare = null;
    if (config.runs("bare")) {
      bare = BareEngineBaseline.run(database("bare"), config.applications(), config.batchClients());
      System.out.printf("BENCH bare engine %.1f s for %d completions%n", bare.totalSeconds(),
          bare.totalCompletions());
      bare.writeTopStatements(Path.of("target", "bench", "sql-bare.txt"));
    }
    FullBatchRun.Result batch = null;
    if (config.runs("batch")) {
      SqlCounter sql = new SqlCounter();
      ConfigurableApplicationContext app = StudioApp.start(database("batch"), config.port() + 1, sql);
      try {
        batch = new FullBatchRun(app).run(config.applications(), config.batchClients(), sql);
      } finally {
        app.close();
      }
      System.out.printf("BENCH batch %.1f s for %d completions, %d statements, ranking %.0f ms, %d named%n",
          batch.timer().totalSeconds(), batch.timer().totalCompletions(), batch.timer().totalStatements(),
          batch.rankingServiceMs(), batch.named());
      batch.timer().writeTopStatements(Path.of("target", "bench", "sql-batch.txt"));
    }
    LatencyRun.Result latency = config.runs("latency")
        ? LatencyRun.run(database("latency"), config, Path.of("target", "bench")) : null;
    if (pgbench == null || bare == null || batch == null || latency == null) {
      System.out.println("BENCH parts " + config.parts() + " only: no report");
      return;
    }

    String loadAtEnd = Machine.loadAverage();
    ReportWriter.Run run = new ReportWriter.Run(config, machine, loadAtStart, loadAtEnd, started,
        (System.nanoTime() - t0) / 6e10, pgbench, bare, batch, latency);
    String report = ReportWriter.markdown(run);
    System.out.println(report);
    if (config.writeReport()) {
      ReportWriter.write(run, Path.of("docs"));
    }
    assertThat(batch.timer().totalCompletions()).as("same number of completions in both runs")
        .isEqualTo(bare.totalCompletions());
    assertThat(latency.levels()).allSatisfy(l -> assertThat(l.errors()).as("refused completions").isZero());
  }

  private TestDatabase.Connection database(String part) {
    TestDatabase.Connection base = TestDatabase.get();
    String baseName = base.url().replaceFirst("^jdbc:postgresql://[^/]+/([^?]*).*$", "$1");
    String name = (baseName.isBlank() ? "studio_bench" : baseName) + "_" + part;
    try (var c = DriverManager.getConnection(base.url(), base.user(), base.password());
        var s = c.createStatement()) {
      s.execute("drop database if exists " + name + " with (force)");
    } catch (Exception e) {
      throw new IllegalStateException("could not prepare database " + name, e);
    }
    databases.add(name);
    return TestDatabase.createDatabase(name);
  }
}
