package cn.szftu.studio.bench;

import cn.szftu.studio.support.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application as operations start it, {@code java -Xmx… -jar target/studio-naming-*.jar}, in a process
 * of its own: start-up is measured from launching the JVM to /actuator/health answering UP, and the peak heap is
 * read from its GC log.
 */
final class AppProcess implements AutoCloseable {

  private final Process process;
  private final Path gcLog;
  final int port;
  final double startupSeconds;

  private AppProcess(Process process, Path gcLog, int port, double startupSeconds) {
    this.process = process;
    this.gcLog = gcLog;
    this.port = port;
    this.startupSeconds = startupSeconds;
  }

  static AppProcess start(TestDatabase.Connection db, int port, String heap, Path workDir) throws Exception {
    Path jar = jar();
    Files.createDirectories(workDir);
    Path gcLog = workDir.resolve("gc-" + port + ".log");
    Files.deleteIfExists(gcLog);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heap, "-Xlog:gc:file=" + gcLog,
        "-jar", jar.toString(),
        "--spring.profiles.active=demo",
        "--spring.datasource.url=" + db.url(),
        "--spring.datasource.username=" + db.user(),
        "--spring.datasource.password=" + (db.password() == null ? "" : db.password()),
        "--camunda.bpm.history-level=full",
        "--server.port=" + port,
        "--studio.mail.demo-server-port=" + (port + 50)));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(workDir.resolve("app-" + port + ".log").toFile());
    long t0 = System.nanoTime();
    Process process = builder.start();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
        .timeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the application exited with " + process.exitValue() + "; see "
            + workDir.resolve("app-" + port + ".log"));
      }
      try {
        HttpResponse<String> r = http.send(health, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
          break;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IllegalStateException("the application was not UP within 10 minutes");
      }
      Thread.sleep(50);
    }
    return new AppProcess(process, gcLog, port, (System.nanoTime() - t0) / 1e9);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** The most heap in use before any collection of the run, in MB (from the unified GC log). */
  long peakHeapMb() throws IOException {
    long peak = 0;
    Pattern p = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    for (String line : Files.readAllLines(gcLog)) {
      Matcher m = p.matcher(line);
      if (m.find()) {
        peak = Math.max(peak, Math.max(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
      }
    }
    return peak;
  }

  int collections() throws IOException {
    return (int) Files.readAllLines(gcLog).stream().filter(l -> l.contains("Pause")).count();
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor();
    }
  }

  static Path jar() throws IOException {
    try (var files = Files.list(Path.of("target"))) {
      return files.filter(f -> f.getFileName().toString().matches("studio-naming-.*\\.jar"))
          .findFirst().orElseThrow(() -> new IllegalStateException(
              "no target/studio-naming-*.jar: run the benchmark with mvn -Pbench verify (package builds it)"));
    }
  }

  static boolean exists(File f) {
    return f.exists();
  }
}
