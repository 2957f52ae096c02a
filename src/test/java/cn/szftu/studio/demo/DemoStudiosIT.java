package cn.szftu.studio.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.application.Application;
import cn.szftu.studio.application.ApplicationDecisionRepository;
import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.application.ApplicationStatus;
import cn.szftu.studio.application.form.ApplicationContent;
import cn.szftu.studio.batch.BatchEntry;
import cn.szftu.studio.batch.BatchEntryRepository;
import cn.szftu.studio.batch.BatchStage;
import cn.szftu.studio.batch.EntryOutcome;
import cn.szftu.studio.batch.NamingBatch;
import cn.szftu.studio.batch.NamingBatchProcess;
import cn.szftu.studio.batch.NamingBatchRepository;
import cn.szftu.studio.naming.BatchProcesses;
import cn.szftu.studio.organisation.Organisation;
import cn.szftu.studio.organisation.OrganisationRepository;
import cn.szftu.studio.reassessment.StudioReassessmentProcess;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.registry.StudioStatus;
import cn.szftu.studio.support.PostgresIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo seed (the integration tests run in the demo profile, so it ran when their database was new): the 2025
 * batch as named, its four applications and entries consistent with the registry, each studio with its running
 * re-assessment, the window closed for good, and nothing added by another run or by the start-up's batch processes.
 */
class DemoStudiosIT extends PostgresIntegrationTest {

  /** Naming number → host unit (applicant1: 南山精工, applicant2: 福田智慧电网). */
  private static final Map<String, String> SEEDED = Map.of("SZMGCX-2025-001", "ns-precision",
      "SZMGCX-2025-002", "ft-smart-grid", "SZMGCX-2025-003", "ns-precision", "SZMGCX-2025-004", "ft-smart-grid");
  private static final Map<String, String> APPLICANT = Map.of("ns-precision", "applicant1",
      "ft-smart-grid", "applicant2");

  @Autowired
  private DemoStudios demoStudios;
  @Autowired
  private BatchProcesses batchProcesses;
  @Autowired
  private StudioRepository studios;
  @Autowired
  private ApplicationRepository applications;
  @Autowired
  private ApplicationDecisionRepository decisions;
  @Autowired
  private ApplicationService applicationService;
  @Autowired
  private NamingBatchRepository batches;
  @Autowired
  private BatchEntryRepository entries;
  @Autowired
  private OrganisationRepository organisations;
  @Autowired
  private RuntimeService runtime;
  @Autowired
  private JdbcTemplate jdbc;
  @Autowired
  private Clock clock;

  @Test
  void theEarlierBatchIsNamedAndItsWindowClosed() {
    NamingBatch batch = batches.findById(DemoStudios.BATCH).orElseThrow();
    assertThat(batch.getYear()).isEqualTo(2025);
    assertThat(batch.getStage()).isEqualTo(BatchStage.NAMED);
    assertThat(batch.getDecisionNumber()).isEqualTo("深工发〔2025〕12号");
    assertThat(batch.getDecisionDate().getYear()).isEqualTo(2025);
    assertThat(batch.getResultsPublishedAt()).isNotNull();
    assertThat(batch.getWindowClosesAt().atOffset(ZoneOffset.ofHours(8)).getYear()).isEqualTo(2025);
    assertThat(batch.isOpenAt(clock.instant())).isFalse();
    assertThat(batches.openAt(clock.instant())).extracting(NamingBatch::getCode).doesNotContain(DemoStudios.BATCH);
    assertThat(batch.isNoticeOpenAt(clock.instant())).isFalse();
    // no naming-batch process for it, also after the start-up's synchroniser looks again
    batchProcesses.startMissing();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(NamingBatchProcess.KEY)
        .processInstanceBusinessKey(DemoStudios.BATCH).count()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from batch_quota where batch_code = ?", Long.class,
        DemoStudios.BATCH)).isZero();
  }

  @Test
  void studiosApplicationsAndEntriesAgree() {
    List<BatchEntry> batchEntries = entries.findByBatchCodeOrderByIdAsc(DemoStudios.BATCH);
    assertThat(batchEntries).hasSize(SEEDED.size()).allSatisfy(e -> {
      assertThat(e.getOutcome()).isEqualTo(EntryOutcome.NAMED);
      assertThat(e.isOnNotice()).isFalse();
      assertThat(e.getPanelScore()).isGreaterThanOrEqualTo(batches.findById(DemoStudios.BATCH).orElseThrow()
          .getPassLine());
    });
    assertThat(batchEntries).extracting(BatchEntry::getRank).containsExactly(1, 2, 3, 4);
    assertThat(applications.findByBatchCodeOrderByIdAsc(DemoStudios.BATCH)).hasSize(SEEDED.size());

    for (BatchEntry entry : batchEntries) {
      Studio studio = studios.findByApplicationId(entry.getApplicationId()).orElseThrow();
      String number = studio.getNamingNumber();
      assertThat(SEEDED).containsKey(number);
      assertThat(number).endsWith(String.format("-%03d", entry.getRank()));
      assertThat(studio.getStatus()).isEqualTo(StudioStatus.NAMED);
      assertThat(studio.getBatchCode()).isEqualTo(DemoStudios.BATCH);
      assertThat(studio.getDecisionNumber()).isEqualTo("深工发〔2025〕12号");
      assertThat(studio.getDecisionDate()).isEqualTo(LocalDate.of(2025, 7, 28));
      assertThat(studio.getPanelScore()).isEqualByComparingTo(entry.getPanelScore());

      Organisation unit = organisations.findById(SEEDED.get(number)).orElseThrow();
      assertThat(studio.getHostUnitCode()).isEqualTo(unit.getCode());
      assertThat(studio.getHostUnitName()).isEqualTo(unit.getName());
      assertThat(studio.getUnionCode()).isEqualTo(unit.getParentCode());

      Application application = applications.findById(entry.getApplicationId()).orElseThrow();
      assertThat(application.getNumber()).startsWith("SQ-2025-");
      assertThat(application.getStatus()).isEqualTo(ApplicationStatus.NAMED);
      assertThat(application.isRecommended()).isTrue();
      assertThat(application.getBatchCode()).isEqualTo(DemoStudios.BATCH);
      assertThat(application.getHostUnitCode()).isEqualTo(unit.getCode());
      assertThat(application.getApplicantUserId()).isEqualTo(APPLICANT.get(unit.getCode()));
      assertThat(application.getSubmittedAt()).isBetween(batches.findById(DemoStudios.BATCH).orElseThrow()
          .getWindowOpensAt(), batches.findById(DemoStudios.BATCH).orElseThrow().getWindowClosesAt());
      ApplicationContent content = applicationService.content(application);
      assertThat(content.studioName()).isEqualTo(studio.getStudioName()).isEqualTo(application.getStudioName());
      assertThat(content.leaderName()).isEqualTo(studio.getLeaderName());
      assertThat(content.hostUnitCreditCode()).isEqualTo(unit.getCreditCode());
      assertThat(content.recommendingUnion()).isEqualTo(unit.getParentCode());
      assertThat(content.leaderHonours()).isNotEmpty();
      assertThat(content.teamMembers()).hasSizeGreaterThanOrEqualTo(3);
      assertThat(decisions.findByApplicationIdOrderByDecidedAtAscIdAsc(application.getId()))
          .hasSizeGreaterThanOrEqualTo(4).allSatisfy(d -> assertThat(d.getDecidedAt().atOffset(ZoneOffset.ofHours(8)).getYear())
              .isEqualTo(2025));
    }
  }

  @Test
  void everySeededStudioHasOneRunningReassessment() {
    for (String number : SEEDED.keySet()) {
      Studio studio = studios.findAllByOrderByNamingNumberAsc().stream()
          .filter(s -> s.getNamingNumber().equals(number)).findFirst().orElseThrow();
      List<ProcessInstance> instances = runtime.createProcessInstanceQuery()
          .processDefinitionKey(StudioReassessmentProcess.KEY).processInstanceBusinessKey(number)
          .variableValueEquals(StudioReassessmentProcess.VAR_STUDIO_ID, studio.getId()).active().list();
      assertThat(instances).as(number).hasSize(1);
    }
  }

  @Test
  void anotherRunAddsNothing() {
    Map<String, Object> before = counts();
    assertThat(demoStudios.seed()).isZero();
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void theRegistryShowsThemWithoutLogin() throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(baseUrl() + "/public/registry?year=2025")).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains(SEEDED.keySet().toArray(String[]::new))
        .contains("陈志刚五轴精密加工劳模创新工作室", "深圳市南山精工智能装备有限公司", "深圳市福田智慧电网技术有限公司",
            "深工发〔2025〕12号");
  }

  /** What the seed writes (the 2025 batch and its studios), so other tests working meanwhile do not count. */
  private Map<String, Object> counts() {
    return Map.of(
        "naming_batch", count("select count(*) from naming_batch where batch_year = 2025"),
        "application", count("select count(*) from application where number like 'SQ-2025-%'"),
        "batch_entry", count("select count(*) from batch_entry where batch_code = '2025'"),
        "studio", count("select count(*) from studio where naming_number like 'SZMGCX-2025-%'"),
        "studio_event", count("select count(*) from studio_event e join studio s on s.id = e.studio_id "
            + "where s.naming_number like 'SZMGCX-2025-%'"),
        "reassessments", runtime.createProcessInstanceQuery().processDefinitionKey(StudioReassessmentProcess.KEY)
            .processInstanceBusinessKeyLike("SZMGCX-2025-%").count());
  }

  private long count(String sql) {
    return jdbc.queryForObject(sql, Long.class);
  }
}
