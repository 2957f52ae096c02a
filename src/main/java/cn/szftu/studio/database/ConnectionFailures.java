package cn.szftu.studio.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Tells a database that cannot be reached (stopped, restarting, pool exhausted) from any other failure. */
public final class ConnectionFailures {

  /**
   * What Camunda's REST layer writes into a 500 body when the cause was the connection: its message carries the
   * causes' texts (pgjdbc, Hikari, Spring).
   */
  static final List<String> BODY_MARKERS = List.of("SQLTransientConnectionException",
      "CannotCreateTransactionException",
      "CannotGetJdbcConnectionException", "Connection is not available", "Connection refused",
      "Check that the hostname and port are correct",
      "This connection has been closed", "An I/O error occurred while sending to the backend",
      "terminating connection due to administrator command", "the database system is shutting down",
      "the database system is starting up", "The connection attempt failed", "PSQLException: FATAL");

  private ConnectionFailures() {
  }

  public static boolean isConnectionFailure(Throwable error) {
    int depth = 0;
    for (Throwable t = error; t != null && depth < 50; t = t.getCause() == t ? null : t.getCause(), depth++) {
      // CannotCreateTransactionException: Spring could not get a connection to begin with.
      if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException) {
        return true;
      }
      if (t instanceof SQLException sql && connectionState(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  static boolean mentionsConnectionFailure(String body) {
    return body != null && BODY_MARKERS.stream().anyMatch(body::contains);
  }

  /** SQLSTATE class 08 (connection exception) and 57P01–57P03 (server shut down, crashed, not accepting yet). */
  private static boolean connectionState(String state) {
    return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
        || state.equals("57P03"));
  }
}
