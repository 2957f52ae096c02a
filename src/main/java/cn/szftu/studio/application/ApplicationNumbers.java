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

  public ApplicationNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public String next(int year) {
    createCounter(year);
    int next = jdbc.queryForObject("select last_value from application_number where number_year = ? for update",
        Integer.class, year) + 1;
    jdbc.update("update application_number set last_value = ? where number_year = ?", next, year);
    return String.format("SQ-%d-%04d", year, next);
  }

  /**
   * The year's counter row, committed on its own: two first applications of a year submitted at once would otherwise
   * both insert it, and the loser's whole submission would fail on the primary key (found by CrashStandaloneIT).
   */
  private void createCounter(int year) {
    Integer rows = jdbc.queryForObject("select count(*) from application_number where number_year = ?",
        Integer.class, year);
    if (rows != null && rows > 0) {
      return;
    }
    try {
      ownTransaction.executeWithoutResult(tx ->
          jdbc.update("insert into application_number (number_year, last_value) values (?, 0)", year));
    } catch (DuplicateKeyException e) {
      // Another submission created it meanwhile; its row is what we lock next.
    }
  }
}
