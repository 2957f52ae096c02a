package cn.szftu.studio.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The application as a separate operating-system process started from the repackaged jar ({@code target/
 * studio-naming-*.jar}, which exists when Failsafe runs), so a test can kill it the hard way ({@link #kill9()}) or
 * watch it exit by itself. Output goes to a log file under {@code target/app-processes/}.
 *
 * <pre>
 * AppProcess app = AppProcess.builder("crash").profiles("demo").port(18100).database(db)
 *     .property("camunda.bpm.job-execution.lock-time-in-millis", "20000").start().awaitHealthy(Duration.ofMinutes(3));
 * </pre>
 */
public final class AppProcess implements AutoCloseable {

  private final String name;
  private final int port;
  private final Path log;
  private final List<String> command;
  private final Process process;

  private AppProcess(String name, int port, Path log, List<String> command, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.command = command;
    this.process = process;
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The repackaged application jar under {@code target/}; fails when the build has not produced it. */
  public static Path jar() {
    Path target = Path.of(System.getProperty("user.dir"), "target");
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(p -> p.getFileName().toString().matches("studio-naming-.*\\.jar"))
          .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no target/studio-naming-*.jar: the application process "
              + "needs the repackaged jar (run the tests with mvn verify, which packages first)"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + target, e);
    }
  }

  public String name() {
    return name;
  }

  public long pid() {
    return process.pid();
  }

  public int port() {
    return port;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public Path logFile() {
    return log;
  }

  /** Everything the process has written so far (stdout and stderr). */
  public String logs() {
    try {
      return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** The exit code once the process has ended, empty while it runs. */
  public OptionalInt exitCode() {
    return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
  }

  /** Waits for the process to end by itself; the exit code, or empty when it still runs after the timeout. */
  public OptionalInt waitForExit(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? OptionalInt.of(process.exitValue())
        : OptionalInt.empty();
  }

  /**
   * Waits until {@code /actuator/health} answers 200 UP. Fails at once when the process exits meanwhile, and after
   * the timeout otherwise, with the end of the log in the message.
   */
  public AppProcess awaitHealthy(Duration timeout) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it became healthy; "
            + "log " + log + ":\n" + tail(60));
      }
      if (healthy(http)) {
        return this;
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(name + " not healthy within " + timeout + "; log " + log + ":\n" + tail(60));
  }

  /** Health as the load balancer sees it: 200 with status UP. */
  public boolean healthy() {
    return healthy(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
  }

  private boolean healthy(HttpClient http) {
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
          .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().contains("\"UP\"");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** SIGKILL, as {@code kill -9}: no shutdown hook, no graceful stop. Returns once the process is gone. */
  public void kill9() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException(name + " (pid " + pid() + ") survived SIGKILL for 30 s");
    }
  }

  /** SIGTERM and a graceful shutdown; SIGKILL after 60 s. Returns the exit code. */
  public int stop() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        kill9();
      }
    }
    return process.exitValue();
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  /** The last lines of the log, for failure messages. */
  public String tail(int lines) {
    String[] all = logs().split("\n");
    int from = Math.max(0, all.length - lines);
    return String.join("\n", java.util.Arrays.copyOfRange(all, from, all.length));
  }

  @Override
  public String toString() {
    return name + " (pid " + pid() + ", port " + port + ", log " + log + "): " + String.join(" ", command);
  }

  public static final class Builder {
    private final String name;
    private final List<String> profiles = new ArrayList<>();
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<String> jvmArguments = new ArrayList<>(List.of("-Xmx768m", "-XX:+UseSerialGC"));
    private int port;

    private Builder(String name) {
      this.name = name;
    }

    public Builder profiles(String... names) {
      profiles.addAll(List.of(names));
      return this;
    }

    public Builder port(int port) {
      this.port = port;
      return this;
    }

    public Builder database(String url, String user, String password) {
      properties.put("spring.datasource.url", url);
      properties.put("spring.datasource.username", user);
      properties.put("spring.datasource.password", password == null ? "" : password);
      return this;
    }

    public Builder database(TestDatabase.Connection db) {
      return database(db.url(), db.user(), db.password());
    }

    /** A Spring property, passed as {@code --key=value}. */
    public Builder property(String key, String value) {
      properties.put(key, value);
      return this;
    }

    /** An environment variable of the process (e.g. {@code SPRING_MAIL_HOST}). */
    public Builder env(String key, String value) {
      environment.put(key, value);
      return this;
    }

    /** Replaces the default JVM options ({@code -Xmx768m -XX:+UseSerialGC}). */
    public Builder jvmArguments(String... arguments) {
      jvmArguments.clear();
      jvmArguments.addAll(List.of(arguments));
      return this;
    }

    /** Launches the process; it is not yet healthy (see {@link AppProcess#awaitHealthy}). */
    public AppProcess start() {
      if (port <= 0) {
        throw new IllegalStateException("an application process needs an explicit port");
      }
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> command = new ArrayList<>(List.of(java));
      command.addAll(jvmArguments);
      command.addAll(List.of("-jar", jar().toString()));
      if (!profiles.isEmpty()) {
        command.add("--spring.profiles.active=" + String.join(",", profiles));
      }
      command.add("--server.port=" + port);
      command.add("--spring.main.banner-mode=off");
      properties.forEach((key, value) -> command.add("--" + key + "=" + value));
      Path directory = Path.of(System.getProperty("user.dir"), "target", "app-processes");
      try {
        Files.createDirectories(directory);
        Path log = directory.resolve(name + "-" + System.currentTimeMillis() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .directory(new File(System.getProperty("user.dir")));
        builder.environment().putAll(environment);
        Process process = builder.start();
        AppProcess app = new AppProcess(name, port, log, command, process);
        // A test that dies half-way must not leave an application holding its port and database.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return app;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start " + name + ": " + String.join(" ", command), e);
      }
    }
  }
}
