package cn.szftu.studio.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Audit of one step of a report: who did what, when and why. */
@Entity
@Table(name = "annual_report_decision")
public class ReportDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "report_id", nullable = false)
  private Long reportId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ReportStep step;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ReportOutcome outcome;

  @Column(length = 2000)
  private String reasons;

  @Column(name = "actor_user_id", length = 64)
  private String actorUserId;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  protected ReportDecision() {
  }

  ReportDecision(long reportId, ReportStep step, ReportOutcome outcome, String reasons, String actorUserId,
      Instant decidedAt) {
    this.reportId = reportId;
    this.step = step;
    this.outcome = outcome;
    this.reasons = reasons;
    this.actorUserId = actorUserId;
    this.decidedAt = decidedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getReportId() {
    return reportId;
  }

  public ReportStep getStep() {
    return step;
  }

  public ReportOutcome getOutcome() {
    return outcome;
  }

  public String getReasons() {
    return reasons;
  }

  public String getActorUserId() {
    return actorUserId;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
