package cn.szftu.studio.report;

import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioStatus;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly rounds: which studios report for a year and starting one annual-report process per studio and year.
 *
 * <p>A studio reports for a year when it is not revoked and its naming decision is dated within or before that
 * year: a studio named in November reports on its first year. Starting is idempotent per studio and year (the report
 * row is unique on both), so a round can be started again to cover studios named since, and a retried job starts
 * nothing twice.
 */
@Service
@Transactional
public class AnnualReportRounds {

  private static final Logger log = LoggerFactory.getLogger(AnnualReportRounds.class);

  private final AnnualReportRoundRepository rounds;
  private final AnnualReportService reports;
  private final RuntimeService runtimeService;
  private final EntityManager entityManager;
  private final Clock clock;

  public AnnualReportRounds(AnnualReportRoundRepository rounds, AnnualReportService reports,
      RuntimeService runtimeService, EntityManager entityManager, Clock clock) {
    this.rounds = rounds;
    this.reports = reports;
    this.runtimeService = runtimeService;
    this.entityManager = entityManager;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Optional<AnnualReportRound> find(int reportYear) {
    return rounds.findById(reportYear);
  }

  @Transactional(readOnly = true)
  public Optional<Instant> dueAt(int reportYear) {
    return find(reportYear).map(AnnualReportRound::getDueAt);
  }

  /** Records a round the first time its year is started; a later start of the same year keeps the first record. */
  public AnnualReportRound open(RoundForm.Round round, String userId, String processInstanceId) {
    return rounds.findById(round.reportYear()).orElseGet(() -> rounds.saveAndFlush(new AnnualReportRound(
        round.reportYear(), round.dueAt(), userId, clock.instant(), processInstanceId)));
  }

  /** Studios that report for {@code reportYear}, in naming-number order. */
  @Transactional(readOnly = true)
  public List<Studio> reportingStudios(int reportYear) {
    // not "= NAMED": a studio under a rectification deadline (re-assessment) is still named and still reports
    return entityManager.createQuery("select s from Studio s where s.status <> :revoked and s.decisionDate <= :end "
            + "order by s.namingNumber", Studio.class)
        .setParameter("revoked", StudioStatus.REVOKED)
        .setParameter("end", LocalDate.of(reportYear, 12, 31))
        .getResultList();
  }

  /** Starts the report of every studio of the round's year that has none yet; answers how many were started. */
  public int startReports(int reportYear) {
    AnnualReportRound round = rounds.findById(reportYear)
        .orElseThrow(() -> new IllegalStateException("no annual report round for " + reportYear));
    int started = 0;
    for (Studio studio : reportingStudios(reportYear)) {
      if (startReport(studio, reportYear, round.getDueAt()).isPresent()) {
        started++;
      }
    }
    round.started(started);
    log.info("Annual report round {}: {} reports started", reportYear, started);
    return started;
  }

  /** One studio's report for a year, due at {@code dueAt}; empty when the studio has it already. */
  public Optional<ProcessInstance> startReport(Studio studio, int reportYear, Instant dueAt) {
    return reports.create(studio.getId(), studio.getNamingNumber(), reportYear, dueAt).map(report -> {
      ProcessInstance instance = runtimeService.startProcessInstanceByKey(AnnualReportProcess.KEY,
          studio.getNamingNumber(), Map.of(AnnualReportProcess.VAR_REPORT_ID, report.getId()));
      reports.attach(report.getId(), instance.getId());
      return instance;
    });
  }
}
