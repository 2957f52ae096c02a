package cn.szftu.studio.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Start-up with the database down: before anything touches it (Flyway, Camunda), wait up to
 * {@code studio.database.startup-wait} (default 60 s) for it to accept connections, so a server and its database
 * started together come up in either order. If it never answers, the start fails with one clear log line and a
 * non-zero exit, and the service manager (systemd, Docker's restart policy) decides about the next try. The embedded
 * H2 database needs no wait.
 */
public class DatabaseStartupWait implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

  private static final Logger log = LoggerFactory.getLogger(DatabaseStartupWait.class);
  static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);
  private static final long RETRY_MILLIS = 2000;

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    ConfigurableEnvironment environment = event.getEnvironment();
    String url = environment.getProperty("spring.datasource.url");
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      return;
    }
    Duration wait = environment.getProperty("studio.database.startup-wait", Duration.class, DEFAULT_WAIT);
    String user = environment.getProperty("spring.datasource.username");
    String password = environment.getProperty("spring.datasource.password");
    String where = url.replaceFirst("\\?.*", "");
    long started = System.nanoTime();
    long deadline = started + wait.toNanos();
    String lastError = null;
    int attempts = 0;
    DriverManager.setLoginTimeout(5);
    while (true) {
      attempts++;
      try (Connection connection = DriverManager.getConnection(url, user, password)) {
        if (attempts > 1) {
          log.info("Database {} reachable after {} s; starting", where, (System.nanoTime() - started) / 1_000_000_000);
        }
        return;
      } catch (SQLException e) {
        if (!ConnectionFailures.isConnectionFailure(e)) {
          // Wrong password, missing database: waiting will not help; let the normal start-up report it.
          return;
        }
        lastError = e.getMessage();
      }
      if (System.nanoTime() >= deadline) {
        throw new DatabaseUnavailableAtStartupException(where, wait, attempts, lastError);
      }
      if (attempts == 1) {
        log.warn("Database {} not reachable ({}); waiting up to {} s for it before giving up", where, lastError,
            wait.toSeconds());
      }
      try {
        Thread.sleep(RETRY_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DatabaseUnavailableAtStartupException(where, wait, attempts, "interrupted");
      }
    }
  }
}
