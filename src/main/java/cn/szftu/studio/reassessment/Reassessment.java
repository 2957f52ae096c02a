package cn.szftu.studio.reassessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One periodic re-assessment (定期复核) of a named studio: the expert evaluation and its outcome, and after a
 * rectification order the host unit's report and the second evaluation. Scores are copied from the evaluations.
 */
@Entity
@Table(name = "reassessment")
public class Reassessment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "studio_id", nullable = false)
  private Long studioId;

  @Column(name = "round_no", nullable = false)
  private int round;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ReassessmentStatus status;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "evaluation_id")
  private Long evaluationId;

  @Column(name = "panel_score", precision = 6, scale = 2)
  private BigDecimal panelScore;

  private Boolean excluded;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private ReassessmentOutcome outcome;

  @Column(name = "assessed_at")
  private Instant assessedAt;

  @Column(name = "rectification_deadline")
  private Instant rectificationDeadline;

  @Column(length = 4000)
  private String report;

  @Column(name = "report_submitted_at")
  private Instant reportSubmittedAt;

  @Column(name = "report_submitted_by", length = 64)
  private String reportSubmittedBy;

  @Column(name = "second_evaluation_id")
  private Long secondEvaluationId;

  @Column(name = "second_panel_score", precision = 6, scale = 2)
  private BigDecimal secondPanelScore;

  @Column(name = "second_excluded")
  private Boolean secondExcluded;

  @Enumerated(EnumType.STRING)
  @Column(name = "second_outcome", length = 20)
  private ReassessmentOutcome secondOutcome;

  @Column(name = "second_assessed_at")
  private Instant secondAssessedAt;

  private Boolean revoked;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Version
  @Column(nullable = false)
  private int version;

  protected Reassessment() {
  }

  Reassessment(long studioId, int round, LocalDate dueOn, String processInstanceId, Instant startedAt) {
    this.studioId = studioId;
    this.round = round;
    this.dueOn = Objects.requireNonNull(dueOn);
    this.processInstanceId = Objects.requireNonNull(processInstanceId);
    this.status = ReassessmentStatus.ASSESSING;
    this.startedAt = startedAt;
  }

  /** Whether the assessment being decided is the one after rectification. */
  boolean afterRectification() {
    return status == ReassessmentStatus.ASSESSING_RECTIFICATION;
  }

  void recordAssessment(long evaluationId, BigDecimal panelScore, boolean excluded, ReassessmentOutcome outcome,
      Instant now) {
    require(ReassessmentStatus.ASSESSING, ReassessmentStatus.ASSESSING_RECTIFICATION);
    if (afterRectification()) {
      secondEvaluationId = evaluationId;
      secondPanelScore = panelScore;
      secondExcluded = excluded;
      secondOutcome = outcome;
      secondAssessedAt = now;
    } else {
      this.evaluationId = evaluationId;
      this.panelScore = panelScore;
      this.excluded = excluded;
      this.outcome = outcome;
      this.assessedAt = now;
    }
    switch (outcome) {
      case KEEP -> close(ReassessmentStatus.KEPT, now);
      case RECTIFY -> status = ReassessmentStatus.RECTIFYING;
      case REVOKE -> status = ReassessmentStatus.IN_REVOCATION;
      default -> throw new IllegalStateException("unknown outcome " + outcome);
    }
  }

  void orderRectification(Instant deadline) {
    require(ReassessmentStatus.RECTIFYING);
    rectificationDeadline = Objects.requireNonNull(deadline);
  }

  void submitReport(String report, String userId, Instant now) {
    require(ReassessmentStatus.RECTIFYING);
    this.report = Objects.requireNonNull(report);
    reportSubmittedBy = userId;
    reportSubmittedAt = now;
    status = ReassessmentStatus.ASSESSING_RECTIFICATION;
  }

  /** The deadline passed without a report: the studio is assessed again as it stands. */
  void lapse() {
    require(ReassessmentStatus.RECTIFYING);
    status = ReassessmentStatus.ASSESSING_RECTIFICATION;
  }

  void recordRevocationDecision(boolean revoked, Instant now) {
    require(ReassessmentStatus.IN_REVOCATION);
    this.revoked = revoked;
    close(revoked ? ReassessmentStatus.REVOKED : ReassessmentStatus.NOT_REVOKED, now);
  }

  /** The studio was revoked by another procedure while this round was open. */
  void endByRevocation(Instant now) {
    if (status.open()) {
      close(ReassessmentStatus.ENDED_BY_REVOCATION, now);
    }
  }

  private void close(ReassessmentStatus closing, Instant now) {
    status = closing;
    completedAt = now;
  }

  private void require(ReassessmentStatus... expected) {
    for (ReassessmentStatus candidate : expected) {
      if (status == candidate) {
        return;
      }
    }
    throw new IllegalStateException("第 " + round + " 次复核的状态为“" + status.label() + "”，不能执行此操作");
  }

  public Long getId() {
    return id;
  }

  public Long getStudioId() {
    return studioId;
  }

  public int getRound() {
    return round;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public ReassessmentStatus getStatus() {
    return status;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Long getEvaluationId() {
    return evaluationId;
  }

  public BigDecimal getPanelScore() {
    return panelScore;
  }

  public Boolean getExcluded() {
    return excluded;
  }

  public ReassessmentOutcome getOutcome() {
    return outcome;
  }

  public Instant getAssessedAt() {
    return assessedAt;
  }

  public Instant getRectificationDeadline() {
    return rectificationDeadline;
  }

  public String getReport() {
    return report;
  }

  public Instant getReportSubmittedAt() {
    return reportSubmittedAt;
  }

  public String getReportSubmittedBy() {
    return reportSubmittedBy;
  }

  public Long getSecondEvaluationId() {
    return secondEvaluationId;
  }

  public BigDecimal getSecondPanelScore() {
    return secondPanelScore;
  }

  public Boolean getSecondExcluded() {
    return secondExcluded;
  }

  public ReassessmentOutcome getSecondOutcome() {
    return secondOutcome;
  }

  public Instant getSecondAssessedAt() {
    return secondAssessedAt;
  }

  public Boolean getRevoked() {
    return revoked;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
