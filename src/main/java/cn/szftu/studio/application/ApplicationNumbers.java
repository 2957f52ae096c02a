package cn.szftu.studio.application;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out SQ-<year>-NNNN. The per-year counter row is locked for the rest of the transaction, so numbers are unique
 * and, because a refused submission rolls the counter back too, without gaps.
 */
@Component
public class ApplicationNumbers {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public ApplicationNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public String next(int year) {
    Integer last = lockCounter(year);
    if (last == null) {
      // The year's first submissions race to create its counter row: a duplicate insert would abort the whole
      // submission's transaction (PostgreSQL), so the row is created in a transaction of its own, then locked.
      createCounter(year);
      last = lockCounter(year);
    }
    int next = last + 1;
    jdbc.update("update application_number set last_value = ? where number_year = ?", next, year);
    return String.format("SQ-%d-%04d", year, next);
  }

  private Integer lockCounter(int year) {
    return jdbc.query("select last_value from application_number where number_year = ? for update",
        rs -> rs.next() ? rs.getInt(1) : null, year);
  }

  private void createCounter(int year) {
    try {
      ownTransaction.executeWithoutResult(status -> jdbc.update(
          "insert into application_number (number_year, last_value) values (?, 0)", year));
    } catch (DuplicateKeyException createdMeanwhile) {
      // another submission created it first; locking it below waits for that submission to finish
    }
  }
}
