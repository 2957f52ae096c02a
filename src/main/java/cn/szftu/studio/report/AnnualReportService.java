package cn.szftu.studio.report;

import cn.szftu.studio.report.AnnualReportProcess.FollowUpDecision;
import cn.szftu.studio.report.AnnualReportProcess.ReviewDecision;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every change to an annual report, each with its record of who, when and why (annual_report_decision). */
@Service
@Transactional
public class AnnualReportService {

  private final AnnualReportRepository reports;
  private final ReportDecisionRepository decisions;
  private final Clock clock;

  public AnnualReportService(AnnualReportRepository reports, ReportDecisionRepository decisions, Clock clock) {
    this.reports = reports;
    this.decisions = decisions;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public AnnualReport get(long reportId) {
    return reports.findById(reportId).orElseThrow(() -> new NoSuchElementException("annual report " + reportId));
  }

  @Transactional(readOnly = true)
  public List<ReportDecision> decisions(long reportId) {
    return decisions.findByReportIdOrderByDecidedAtAscIdAsc(reportId);
  }

  /** The reasons of the union's latest return, shown to the unit while it revises. */
  @Transactional(readOnly = true)
  public Optional<String> lastReturnReasons(long reportId) {
    return decisions(reportId).stream().filter(d -> d.getOutcome() == ReportOutcome.RETURNED)
        .max(Comparator.comparing(ReportDecision::getDecidedAt).thenComparing(ReportDecision::getId))
        .map(ReportDecision::getReasons);
  }

  /** A studio's report for a year, unless it has one already (one report per studio and year). */
  Optional<AnnualReport> create(long studioId, String namingNumber, int reportYear, Instant dueAt) {
    if (reports.existsByStudioIdAndReportYear(studioId, reportYear)) {
      return Optional.empty();
    }
    return Optional.of(reports.saveAndFlush(new AnnualReport(studioId, namingNumber, reportYear, dueAt,
        clock.instant())));
  }

  void attach(long reportId, String processInstanceId) {
    get(reportId).attach(processInstanceId);
  }

  /** The unit files the report, or files it again after the union returned it. */
  public AnnualReport submit(long reportId, ReportContent content, String userId) {
    AnnualReport report = get(reportId);
    requireOpen(report);
    boolean first = report.getFiledAt() == null;
    Instant now = clock.instant();
    report.submit(content, userId, now);
    record(report, first ? ReportStep.FILING : ReportStep.REVISION,
        first ? (report.isLate() ? ReportOutcome.FILED_LATE : ReportOutcome.FILED) : ReportOutcome.RESUBMITTED,
        null, userId, now);
    return report;
  }

  /** The due moment (or the next follow-up moment) passed and the report is still missing. */
  public AnnualReport overdue(long reportId) {
    AnnualReport report = get(reportId);
    requireOpen(report);
    Instant now = clock.instant();
    report.overdue(now);
    record(report, ReportStep.OVERDUE, ReportOutcome.NOTIFIED, "第 " + report.getEscalations() + " 次逾期通知", null,
        now);
    return report;
  }

  /** The union followed an overdue report up: it urged the unit, or it closes the year as not filed. */
  public AnnualReport followUp(long reportId, FollowUpDecision decision, String note, String userId) {
    AnnualReport report = get(reportId);
    requireOpen(report);
    Instant now = clock.instant();
    if (decision == FollowUpDecision.CLOSE_UNFILED) {
      report.end(AnnualReportStatus.NOT_FILED, now);
    }
    record(report, ReportStep.FOLLOW_UP,
        decision == FollowUpDecision.URGED ? ReportOutcome.URGED : ReportOutcome.CLOSED_UNFILED, note, userId, now);
    return report;
  }

  /** The union's review of a filed report: approved (the year is done) or returned for revision. */
  public AnnualReport review(long reportId, ReviewDecision decision, String reasons, String userId) {
    AnnualReport report = get(reportId);
    if (report.getStatus() != AnnualReportStatus.SUBMITTED) {
      throw new IllegalStateException("report " + reportId + " is " + report.getStatus() + ", not submitted");
    }
    Instant now = clock.instant();
    if (decision == ReviewDecision.APPROVE) {
      report.end(AnnualReportStatus.ACCEPTED, now);
    } else {
      report.returned(now);
    }
    record(report, ReportStep.REVIEW,
        decision == ReviewDecision.APPROVE ? ReportOutcome.APPROVED : ReportOutcome.RETURNED, reasons, userId, now);
    return report;
  }

  /** The studio was revoked while its report was open: the report ends without a result. */
  public AnnualReport cancel(long reportId) {
    AnnualReport report = get(reportId);
    if (report.getStatus().isOpen()) {
      Instant now = clock.instant();
      report.end(AnnualReportStatus.CANCELLED, now);
      record(report, ReportStep.REVOCATION, ReportOutcome.CANCELLED, "工作室已撤销，年度报告终止", null, now);
    }
    return report;
  }

  private void record(AnnualReport report, ReportStep step, ReportOutcome outcome, String reasons, String userId,
      Instant now) {
    decisions.save(new ReportDecision(report.getId(), step, outcome, reasons, userId, now));
  }

  private static void requireOpen(AnnualReport report) {
    if (!report.getStatus().isOpen()) {
      throw new IllegalStateException("report " + report.getId() + " is " + report.getStatus());
    }
  }
}
