package cn.szftu.studio.registry.web;

import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.registry.RegistryService;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioEvent;
import cn.szftu.studio.registry.StudioEventKind;
import cn.szftu.studio.registry.StudioEventRepository;
import cn.szftu.studio.status.ApplicationFixture;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts studios into the registry the way naming does (RegistryService.name, on a real application of applicant1) and
 * removes them again: other tests share the database. Studios can be entered in the configured batch 2026 or in a
 * test-only batch of 2019, which exists only while a test needs it. Naming sequences are random in 500..998, so they
 * do not meet the low numbers a naming test would give out.
 */
public final class RegistryFixture {

  public static final String BATCH_2026 = "2026";
  public static final String BATCH_2019 = "RT2019";

  private final ProcessEngine engine;
  private final ApplicationRepository applications;
  private final RegistryService registry;
  private final StudioEventRepository events;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final List<Long> studioIds = new ArrayList<>();
  private final int firstSequence = ThreadLocalRandom.current().nextInt(500, 900);
  private int sequence;
  private boolean createdOldBatch;

  public RegistryFixture(ProcessEngine engine, ApplicationRepository applications, RegistryService registry,
      StudioEventRepository events, JdbcTemplate jdbc, Clock clock) {
    this.engine = engine;
    this.applications = applications;
    this.registry = registry;
    this.events = events;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A studio named in the 2026 batch by decision 深总工〔2026〕15号 of 28 December 2026. */
  public Studio name2026(String studioName, String leader, String hostUnitCode, String unionCode) {
    return name(BATCH_2026, 2026, studioName, leader, hostUnitCode, unionCode, "深总工〔2026〕15号",
        LocalDate.of(2026, 12, 28), "命名");
  }

  /** A studio named in the test batch of 2019 by decision 深总工〔2019〕30号 of 20 December 2019. */
  public Studio name2019(String studioName, String leader, String hostUnitCode, String unionCode) {
    ensureOldBatch();
    return name(BATCH_2019, 2019, studioName, leader, hostUnitCode, unionCode, "深总工〔2019〕30号",
        LocalDate.of(2019, 12, 20), "认定");
  }

  public Studio name(String batchCode, int year, String studioName, String leader, String hostUnitCode,
      String unionCode, String decisionNumber, LocalDate decisionDate, String outcomeLabel) {
    String number = new ApplicationFixture(engine).submit(studioName);
    long applicationId = applications.findByNumber(number).orElseThrow().getId();
    String hostUnitName = jdbc.queryForObject("select name from organisation where code = ?", String.class,
        hostUnitCode);
    Studio studio = registry.name(new RegistryService.Naming(applicationId, batchCode, year, firstSequence + sequence++,
        studioName, leader, hostUnitCode, hostUnitName, unionCode, new BigDecimal("88.50"), decisionNumber,
        decisionDate, outcomeLabel, "office"));
    studioIds.add(studio.getId());
    return studio;
  }

  /**
   * Revokes a studio as revocation would: status REVOKED and a REVOKED event with its decision, a minute after now
   * (so after the naming); answers when.
   */
  public Instant revoke(Studio studio, String decision) {
    Instant when = clock.instant().plusSeconds(60);
    jdbc.update("update studio set status = 'REVOKED', updated_at = ?, version = version + 1 where id = ?",
        Timestamp.from(when), studio.getId());
    events.save(new StudioEvent(studio.getId(), when, StudioEventKind.REVOKED,
        "经核查，该工作室存在弄虚作假行为，撤销其深圳市示范性劳模和工匠人才创新工作室称号", decision, "office"));
    return when;
  }

  public void cleanUp() {
    for (Long id : studioIds) {
      // the processes a named studio gets (its re-assessment) go with it
      String number = jdbc.queryForObject("select naming_number from studio where id = ?", String.class, id);
      engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number).list()
          .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test studio removed"));
      jdbc.update("delete from studio_event where studio_id = ?", id);
      jdbc.update("delete from studio where id = ?", id);
    }
    studioIds.clear();
    if (createdOldBatch) {
      jdbc.update("delete from naming_batch where code = ?", BATCH_2019);
      createdOldBatch = false;
    }
  }

  private void ensureOldBatch() {
    Integer present = jdbc.queryForObject("select count(*) from naming_batch where code = ?", Integer.class,
        BATCH_2019);
    if (present == 0) {
      jdbc.update("insert into naming_batch (code, batch_year, title, window_opens_at, window_closes_at, "
          + "correction_working_days, updated_at) values (?, 2019, ?, ?, ?, 10, ?)", BATCH_2019,
          "2019 年度深圳市示范性劳模和工匠人才创新工作室命名（测试）", Timestamp.from(Instant.parse("2019-09-01T00:00:00Z")),
          Timestamp.from(Instant.parse("2019-10-31T00:00:00Z")), Timestamp.from(Instant.now()));
      createdOldBatch = true;
    }
  }
}
