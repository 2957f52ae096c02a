package cn.szftu.studio.reliability.sweep;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the sweep's cases share: the catalog's usages, an instance's open tasks, a naming batch of the sweep's own. */
final class SweepSteps {

  final ProcessEngine engine;
  final JdbcTemplate jdbc;
  final FormCatalog catalog;
  final FormSweeper sweeper;

  SweepSteps(ProcessEngine engine, JdbcTemplate jdbc, FormCatalog catalog, FormSweeper sweeper) {
    this.engine = engine;
    this.jdbc = jdbc;
    this.catalog = catalog;
    this.sweeper = sweeper;
  }

  FormCatalog.Usage usage(String processKey, String elementId) {
    return catalog.usages().stream().filter(u -> u.processKey().equals(processKey)
        && u.elementId().equals(elementId)).findFirst()
        .orElseThrow(() -> new AssertionError("no form usage " + processKey + "/" + elementId));
  }

  /** The instance's open tasks of one definition key, waiting briefly for asynchronous steps in between. */
  List<Task> tasks(String processInstanceId, String taskDefinitionKey, int expected) {
    for (int i = 0; i < 300; i++) {
      List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
          .taskDefinitionKey(taskDefinitionKey).list();
      if (tasks.size() >= expected) {
        return tasks;
      }
      sleep();
    }
    throw new AssertionError("fewer than " + expected + " " + taskDefinitionKey + " for " + processInstanceId);
  }

  String definition(String processKey) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult().getId();
  }

  /** A naming batch of the sweep's own for the studios, as RevocationFixture.batchOf. */
  String batchOf(long... studioIds) {
    String code = "SW" + Long.toString(System.nanoTime(), 36).toUpperCase();
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update("insert into naming_batch (code, batch_year, title, window_opens_at, window_closes_at, "
        + "correction_working_days, updated_at, stage, process_instance_id) values (?, 2026, ?, ?, ?, 10, ?, 'NAMED', "
        + "'none')", code, "坏输入扫描批次 " + code, now, now, now);
    for (long id : studioIds) {
      jdbc.update("update studio set batch_code = ? where id = ?", code, id);
    }
    return code;
  }

  /** As RevocationFixture.liftBansOf: later tests (and the second run) still name studios of applicant1's unit. */
  void liftBansOf(long studioId) {
    jdbc.update("update reapplication_ban set banned_until = ? where id in (select ban_id from studio_revocation "
        + "where studio_id = ? and ban_id is not null)", java.sql.Date.valueOf("2000-01-01"), studioId);
  }

  static Map<String, Object> values(Object... keyValues) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      values.put((String) keyValues[i], keyValues[i + 1]);
    }
    return values;
  }

  static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
