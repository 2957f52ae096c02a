package cn.szftu.studio.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The PostgreSQL server integration tests run on: the one named by STUDIO_TEST_DB_URL (with STUDIO_TEST_DB_USER and
 * STUDIO_TEST_DB_PASSWORD), else a real server started from Maven Central's embedded binaries. In CI the variable
 * must be set; silently falling back would hide a broken CI set-up.
 */
public final class TestDatabase {

  public record Connection(String url, String user, String password) {
  }

  private static Connection connection;
  private static EmbeddedPostgres embedded;
  private static final java.util.List<String> created = new java.util.ArrayList<>();

  private TestDatabase() {
  }

  public static synchronized Connection get() {
    if (connection == null) {
      connection = resolve();
    }
    return connection;
  }

  /** A new, empty database on the same server, for tests that need a first start. */
  public static Connection createDatabase(String name) {
    Connection base = get();
    dropWhenTheJvmEnds(name);
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(base.url(), base.user(), base.password());
        java.sql.Statement s = c.createStatement()) {
      s.execute("create database " + name);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("could not create database " + name, e);
    }
    return new Connection(base.url().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name), base.user(),
        base.password());
  }

  /**
   * Databases made for one test would pile up on the server CI shares with later runs; they go when the test JVM ends
   * (forcibly, since an application of the test may still hold connections then).
   */
  private static synchronized void dropWhenTheJvmEnds(String name) {
    if (created.isEmpty()) {
      Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropCreated, "drop-test-databases"));
    }
    created.add(name);
  }

  /** Keeps a database made by {@link #createDatabase} when the JVM ends (to examine it afterwards). */
  public static synchronized void keep(String name) {
    created.remove(name);
  }

  private static synchronized void dropCreated() {
    created.forEach(TestDatabase::drop);
  }

  /** Drops a database made by {@link #createDatabase}, forcibly (an application of the test may still hold it). */
  public static void drop(String name) {
    Connection base = get();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(base.url(), base.user(), base.password());
        java.sql.Statement s = c.createStatement()) {
      s.execute("drop database if exists " + name + " with (force)");
    } catch (java.sql.SQLException e) {
      System.err.println("could not drop test database " + name + ": " + e.getMessage());
    }
  }

  public static boolean isCi() {
    return "true".equalsIgnoreCase(System.getenv("CI")) || "true".equalsIgnoreCase(System.getProperty("ci"));
  }

  private static Connection resolve() {
    String url = System.getenv("STUDIO_TEST_DB_URL");
    if (url != null && !url.isBlank()) {
      return new Connection(url, envOr("STUDIO_TEST_DB_USER", "postgres"), envOr("STUDIO_TEST_DB_PASSWORD", ""));
    }
    if (isCi()) {
      throw new IllegalStateException("CI must provide PostgreSQL: set STUDIO_TEST_DB_URL (see .ci/run)");
    }
    try {
      embedded = EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start embedded PostgreSQL (note: PostgreSQL refuses to run as root; "
          + "as root, set STUDIO_TEST_DB_URL to a server instead)", e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        embedded.close();
      } catch (IOException ignored) {
        // the JVM is exiting; the temporary data directory is removed with it
      }
    }));
    return new Connection(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
