package cn.szftu.studio.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every engine (ACT_*) and domain table of the schema, each as an md5 over its rows' texts in order, so "nothing
 * changed" can be asserted for the whole database and a difference names its tables. Tables are found at each snapshot:
 * a table added by a later migration is compared without anyone listing it.
 */
public final class DatabaseSnapshot {

  /**
   * The only tables left out, each because it changes by itself with time, not because of a request:
   * <ul>
   * <li>act_ru_meter_log — the engine's metrics reporter flushes counters on its own interval;</li>
   * <li>act_ge_schema_log, flyway_schema_history — written only by migrations at start-up, listed here only so that
   * nobody wonders: they never change during a test, so leaving them in would cost time and prove nothing;</li>
   * <li>mail_outbox — the outbox sender marks earlier tests' mails sent/retried on its own schedule (a refused
   * submission must not add a mail, which the row count kept in every snapshot still proves).</li>
   * </ul>
   */
  public static final Set<String> EXCLUDED = Set.of("act_ru_meter_log", "act_ge_schema_log",
      "flyway_schema_history", "mail_outbox");

  private final JdbcTemplate jdbc;
  private final Map<String, String> digests;

  private DatabaseSnapshot(JdbcTemplate jdbc, Map<String, String> digests) {
    this.jdbc = jdbc;
    this.digests = digests;
  }

  public static DatabaseSnapshot take(JdbcTemplate jdbc) {
    // One statement for all tables: one consistent view, one round trip. Row texts are hashed one by one first, so
    // a large row (a deployment's bytes) costs one md5, not a huge string.
    String sql = String.join(" union all ", tables(jdbc).stream().map(table -> "select '" + table + "' as t, "
        + "count(*) || ':' || coalesce(md5(string_agg(h, '' order by h)), '') as d from (select md5(r::text) h from "
        + table + " r) x").toList());
    Map<String, String> digests = new TreeMap<>();
    jdbc.query(sql, row -> {
      digests.put(row.getString("t"), row.getString("d"));
    });
    digests.put("mail_outbox#rows", jdbc.queryForObject("select count(*)::text from mail_outbox", String.class));
    return new DatabaseSnapshot(jdbc, digests);
  }

  public static List<String> tables(JdbcTemplate jdbc) {
    return jdbc.queryForList("select table_name from information_schema.tables where table_schema = current_schema()"
        + " and table_type = 'BASE TABLE' order by table_name", String.class).stream()
        .filter(table -> !EXCLUDED.contains(table.toLowerCase())).toList();
  }

  /** Tables compared (engine and domain), not counting the mail row count. */
  public int tableCount() {
    return digests.size() - 1;
  }

  /** The tables whose content differs from {@code other}; empty when identical. */
  public Map<String, String> differences(DatabaseSnapshot other) {
    Map<String, String> differences = new LinkedHashMap<>();
    for (String table : digests.keySet()) {
      if (!digests.get(table).equals(other.digests.get(table))) {
        differences.put(table, digests.get(table) + " → " + other.digests.get(table));
      }
    }
    other.digests.keySet().stream().filter(table -> !digests.containsKey(table))
        .forEach(table -> differences.put(table, "new table"));
    return differences;
  }

  public DatabaseSnapshot again() {
    return take(jdbc);
  }

  /**
   * Runs {@code action} with the job executor paused, so an earlier test's due job cannot change a table between the
   * two snapshots of a comparison; the executor is resumed afterwards whatever happens.
   */
  public static <T> T withJobsPaused(ProcessEngine engine, Supplier<T> action) {
    JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    boolean wasActive = executor != null && executor.isActive();
    if (wasActive) {
      executor.shutdown();
    }
    try {
      return action.get();
    } finally {
      if (wasActive) {
        executor.start();
      }
    }
  }
}
