package cn.szftu.studio.bench;

import cn.szftu.studio.support.AppProcess;
import cn.szftu.studio.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application as operations start it ({@link AppProcess}: {@code java -Xmx… -jar}), with what the
 * benchmark reads off it: start-up from launching the JVM to /actuator/health UP, and the peak heap from its GC log.
 */
final class MeasuredApp implements AutoCloseable {

  private static final Pattern HEAP_CHANGE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

  private final AppProcess process;
  private final Path gcLog;
  final double startupSeconds;

  private MeasuredApp(AppProcess process, Path gcLog, double startupSeconds) {
    this.process = process;
    this.gcLog = gcLog;
    this.startupSeconds = startupSeconds;
  }

  static MeasuredApp start(TestDatabase.Connection db, int port, String heap, Path workDir) throws Exception {
    Files.createDirectories(workDir);
    Path gcLog = workDir.resolve("gc-" + port + ".log");
    Files.deleteIfExists(gcLog);
    long started = System.nanoTime();
    AppProcess process = AppProcess.builder("bench-" + port)
        .jvmArguments("-Xmx" + heap, "-Xlog:gc:file=" + gcLog)
        .profiles("demo")
        .database(db)
        .port(port)
        .property("camunda.bpm.history-level", "full")
        .property("studio.mail.demo-server-port", String.valueOf(port + 50))
        .start()
        .awaitHealthy(Duration.ofMinutes(10));
    return new MeasuredApp(process, gcLog, (System.nanoTime() - started) / 1e9);
  }

  String baseUrl() {
    return process.baseUrl();
  }

  /** The most heap in use before or after any collection of the run, in MB (from the unified GC log). */
  long peakHeapMb() throws IOException {
    long peak = 0;
    for (String line : Files.readAllLines(gcLog)) {
      Matcher change = HEAP_CHANGE.matcher(line);
      if (change.find()) {
        peak = Math.max(peak, Math.max(Long.parseLong(change.group(1)), Long.parseLong(change.group(2))));
      }
    }
    return peak;
  }

  int collections() throws IOException {
    return (int) Files.readAllLines(gcLog).stream().filter(line -> line.contains("Pause")).count();
  }

  @Override
  public void close() throws Exception {
    process.close();
  }
}
