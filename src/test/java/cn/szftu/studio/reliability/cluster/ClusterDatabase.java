package cn.szftu.studio.reliability.cluster;

import cn.szftu.studio.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain JDBC on the cluster's one database: what both nodes wrote, seen from outside either of them. */
public final class ClusterDatabase {

  private final TestDatabase.Connection db;

  public ClusterDatabase(TestDatabase.Connection db) {
    this.db = db;
  }

  public long count(String sql, Object... parameters) {
    return ((Number) single(sql, parameters)).longValue();
  }

  public Object single(String sql, Object... parameters) {
    List<List<Object>> rows = rows(sql, parameters);
    if (rows.size() != 1 || rows.get(0).size() != 1) {
      throw new IllegalStateException("expected one value from " + sql + ", got " + rows);
    }
    return rows.get(0).get(0);
  }

  /** First column as key, second as value, in query order. */
  public Map<String, Long> counts(String sql, Object... parameters) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (List<Object> row : rows(sql, parameters)) {
      counts.put(String.valueOf(row.get(0)), ((Number) row.get(1)).longValue());
    }
    return counts;
  }

  public List<String> strings(String sql, Object... parameters) {
    List<String> values = new ArrayList<>();
    for (List<Object> row : rows(sql, parameters)) {
      values.add(String.valueOf(row.get(0)));
    }
    return values;
  }

  public List<List<Object>> rows(String sql, Object... parameters) {
    try (Connection c = connect(); PreparedStatement statement = prepare(c, sql, parameters);
        ResultSet result = statement.executeQuery()) {
      List<List<Object>> rows = new ArrayList<>();
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(result.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public int update(String sql, Object... parameters) {
    try (Connection c = connect(); PreparedStatement statement = prepare(c, sql, parameters)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(db.url(), db.user(), db.password());
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
    PreparedStatement statement = c.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }
}
