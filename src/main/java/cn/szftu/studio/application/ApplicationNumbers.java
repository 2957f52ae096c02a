package cn.szftu.studio.application;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out SQ-<year>-NNNN. The per-year counter row is locked for the rest of the transaction, so numbers are unique
 * and, because a refused submission rolls the counter back too, without gaps.
 */
@Component
public class ApplicationNumbers {

  private final JdbcTemplate jdbc;

  public ApplicationNumbers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public String next(int year) {
    Integer last = jdbc.query("select last_value from application_number where number_year = ? for update",
        rs -> rs.next() ? rs.getInt(1) : null, year);
    int next;
    if (last == null) {
      next = 1;
      jdbc.update("insert into application_number (number_year, last_value) values (?, ?)", year, next);
    } else {
      next = last + 1;
      jdbc.update("update application_number set last_value = ? where number_year = ?", next, year);
    }
    return String.format("SQ-%d-%04d", year, next);
  }
}
