package cn.szftu.studio.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The yearly round: every named studio's report for {@code reportYear} is due at the same moment. */
@Entity
@Table(name = "annual_report_round")
public class AnnualReportRound {

  @Id
  @Column(name = "report_year")
  private Integer reportYear;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "started_by", length = 64)
  private String startedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "reports_started", nullable = false)
  private int reportsStarted;

  @Version
  @Column(nullable = false)
  private int version;

  protected AnnualReportRound() {
  }

  AnnualReportRound(int reportYear, Instant dueAt, String startedBy, Instant startedAt, String processInstanceId) {
    this.reportYear = reportYear;
    this.dueAt = dueAt;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
    this.processInstanceId = processInstanceId;
  }

  void started(int count) {
    reportsStarted += count;
  }

  public int getReportYear() {
    return reportYear;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public int getReportsStarted() {
    return reportsStarted;
  }
}
