package cn.szftu.studio.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A cluster-wide lock for several application nodes on one PostgreSQL database: a transaction-level advisory lock
 * held by an open transaction on a connection of its own. Transaction-level on purpose: however the holder ends
 * (release, rollback, the pool taking the connection back, the node being killed), the lock goes with the
 * transaction and never stays behind on a pooled connection. On any other database (the single-node H2 default)
 * it is a no-op. One holder per instance: a thread that finds the instance held goes ahead as if it held it, so share
 * an instance only within one thread of work (or create one per use, as {@link ClusterLocks} does).
 */
public final class ClusterLock {

  private static final Logger log = LoggerFactory.getLogger(ClusterLock.class);

  private final DataSource dataSource;
  private final long key;
  private final String name;
  private Connection held;
  private long acquiredAt;

  public ClusterLock(DataSource dataSource, long key, String name) {
    this.dataSource = dataSource;
    this.key = key;
    this.name = name;
  }

  /** Waits for the lock; answers false without waiting when the database is not PostgreSQL. */
  public synchronized boolean acquire() {
    if (held != null) {
      return true;
    }
    Connection connection = open();
    if (connection == null) {
      return false;
    }
    try {
      if (!call(connection, "select pg_try_advisory_xact_lock(?)")) {
        long waitingSince = System.nanoTime();
        log.info("Cluster lock '{}' is held by another node (or thread): waiting for it", name);
        call(connection, "select pg_advisory_xact_lock(?) is null");
        log.info("Cluster lock '{}' acquired after waiting {} ms", name, (System.nanoTime() - waitingSince) / 1_000_000);
      }
      held = connection;
      acquiredAt = System.nanoTime();
      return true;
    } catch (SQLException e) {
      close(connection);
      throw new IllegalStateException("cluster lock '" + name + "' could not be taken", e);
    }
  }

  /** Takes the lock only if it is free now; answers whether this caller holds it (always true off PostgreSQL). */
  public synchronized boolean tryAcquire() {
    if (held != null) {
      return true;
    }
    Connection connection = open();
    if (connection == null) {
      return true;
    }
    try {
      if (call(connection, "select pg_try_advisory_xact_lock(?)")) {
        held = connection;
        acquiredAt = System.nanoTime();
        return true;
      }
      close(connection);
      return false;
    } catch (SQLException e) {
      close(connection);
      throw new IllegalStateException("cluster lock '" + name + "' could not be tried", e);
    }
  }

  public synchronized void release() {
    if (held != null) {
      log.debug("Cluster lock '{}' released after {} ms", name, (System.nanoTime() - acquiredAt) / 1_000_000);
      close(held);
      held = null;
    }
  }

  public synchronized boolean isHeld() {
    return held != null;
  }

  String name() {
    return name;
  }

  /** A connection in an open transaction, or null when the database is not PostgreSQL. */
  private Connection open() {
    try {
      Connection connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return null;
      }
      connection.setAutoCommit(false);
      return connection;
    } catch (SQLException e) {
      throw new IllegalStateException("cluster lock '" + name + "': no database connection", e);
    }
  }

  private boolean call(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, key);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getBoolean(1);
      }
    }
  }

  /** Rolling back ends the transaction and with it the advisory lock, before the pool gets the connection back. */
  private static void close(Connection connection) {
    try {
      try {
        connection.rollback();
      } finally {
        connection.close();
      }
    } catch (SQLException e) {
      log.warn("Closing a cluster lock connection failed ({}); the lock ends with the connection", e.getMessage());
    }
  }
}
