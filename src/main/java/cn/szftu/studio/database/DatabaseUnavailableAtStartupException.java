package cn.szftu.studio.database;

import java.time.Duration;

/** The database did not answer within {@code studio.database.startup-wait}; the application does not start. */
public class DatabaseUnavailableAtStartupException extends RuntimeException {

  private final String where;
  private final Duration wait;

  public DatabaseUnavailableAtStartupException(String where, Duration wait, int attempts, String lastError) {
    super("DATABASE UNAVAILABLE: " + where + " did not accept connections within " + wait.toSeconds() + " s ("
        + attempts + " attempts, last: " + lastError + "); exiting so the service manager can restart the application");
    this.where = where;
    this.wait = wait;
  }

  public String where() {
    return where;
  }

  public Duration waited() {
    return wait;
  }
}
