package cn.szftu.studio.reliability;

import cn.szftu.studio.support.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL cluster of the test's own (Debian's binaries under /usr/lib/postgresql/N/bin), so the test can stop
 * and start a server without touching the machine's shared one. PostgreSQL refuses to run as root: as root the tools
 * run as the postgres user and the data directory belongs to it.
 */
final class PrivatePostgres implements AutoCloseable {

  private final Path bin;
  private final Path data;
  private final int port;
  private final boolean asPostgresUser;

  private PrivatePostgres(Path bin, Path data, int port, boolean asPostgresUser) {
    this.bin = bin;
    this.data = data;
    this.port = port;
    this.asPostgresUser = asPostgresUser;
  }

  /** A new cluster under target/, initialised, not started. Fails in CI and skips elsewhere without binaries. */
  static PrivatePostgres create(String name, int port) throws Exception {
    Optional<Path> bin = binaries();
    String missing = "this test starts its own PostgreSQL and needs Debian's server binaries (apt-get install "
        + "postgresql: /usr/lib/postgresql/<version>/bin/pg_ctl)";
    if (bin.isEmpty()) {
      if (TestDatabase.isCi()) {
        throw new IllegalStateException(missing);
      }
      Assumptions.abort(missing);
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    Path data = Path.of(System.getProperty("user.dir"), "target", name + "-" + System.currentTimeMillis());
    Files.createDirectories(data);
    PrivatePostgres server = new PrivatePostgres(bin.get(), data, port, root);
    // A test JVM that dies half-way must not leave a server on the port for the next run.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        if (server.running()) {
          server.tool(30, "pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
        }
      } catch (Exception ignored) {
        // best effort while the JVM exits
      }
    }));
    if (root) {
      run(List.of("chown", "-R", "postgres:postgres", data.toString()), 30);
      // The postgres user must be able to pass through target/ and the project directory (not further up).
      data.getParent().toFile().setExecutable(true, false);
      data.getParent().getParent().toFile().setExecutable(true, false);
    }
    server.tool(60, "initdb", "-D", data.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8",
        "--locale=C.UTF-8");
    return server;
  }

  String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  void start() throws Exception {
    tool(60, "pg_ctl", "-D", data.toString(), "-l", data.resolve("server.log").toString(), "-w", "-t", "50",
        "-o", "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1", "start");
  }

  /** {@code pg_ctl stop -m fast}: open sessions are terminated, as in an unplanned database restart. */
  void stop() throws Exception {
    tool(60, "pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
  }

  boolean running() throws Exception {
    return run(command("pg_ctl", "-D", data.toString(), "status"), 30) == 0;
  }

  @Override
  public void close() throws Exception {
    if (running()) {
      stop();
    }
    run(List.of("rm", "-rf", data.toString()), 60);
  }

  private void tool(int timeoutSeconds, String tool, String... arguments) throws Exception {
    List<String> command = command(tool, arguments);
    if (run(command, timeoutSeconds) != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed; see " + data.resolve("tool.log"));
    }
  }

  private List<String> command(String tool, String... arguments) {
    List<String> command = new ArrayList<>();
    if (asPostgresUser) {
      command.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    command.add(bin.resolve(tool).toString());
    command.addAll(Arrays.asList(arguments));
    return command;
  }

  private static int run(List<String> command, int timeoutSeconds) throws Exception {
    Path log = Path.of(System.getProperty("user.dir"), "target", "private-postgres-tools.log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " took longer than " + timeoutSeconds + " s");
    }
    return process.exitValue();
  }

  private static Optional<Path> binaries() {
    File[] versions = new File("/usr/lib/postgresql").listFiles();
    if (versions == null) {
      return Optional.empty();
    }
    return Arrays.stream(versions).map(v -> v.toPath().resolve("bin"))
        .filter(b -> Files.isExecutable(b.resolve("pg_ctl")) && Files.isExecutable(b.resolve("initdb")))
        .max(Comparator.comparingInt(b -> version(b.getParent().getFileName().toString())));
  }

  private static int version(String name) {
    try {
      return Integer.parseInt(name);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static void createDatabase(String url, String name) throws IOException {
    try (var c = java.sql.DriverManager.getConnection(url, "postgres", "");
        var s = c.createStatement()) {
      s.execute("create database " + name);
    } catch (java.sql.SQLException e) {
      throw new IOException("could not create " + name + " at " + url, e);
    }
  }
}
