package cn.szftu.studio.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers now. Asked only after a request has failed with a 5xx whose cause is not visible (a
 * body written by another layer), and remembered for a moment, so a burst of failing requests costs one check.
 */
@Component
public class DatabaseProbe {

  private static final long REMEMBER_NANOS = 2_000_000_000L;

  private final DataSource dataSource;
  private volatile boolean lastAnswer = true;
  private volatile long lastAskedAt;

  public DatabaseProbe(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public boolean reachable() {
    long now = System.nanoTime();
    if (lastAskedAt != 0 && now - lastAskedAt < REMEMBER_NANOS) {
      return lastAnswer;
    }
    boolean answer;
    try (Connection connection = dataSource.getConnection()) {
      answer = connection.isValid(2);
    } catch (SQLException | RuntimeException e) {
      answer = false;
    }
    lastAnswer = answer;
    lastAskedAt = System.nanoTime();
    return answer;
  }
}
