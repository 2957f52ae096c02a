package cn.szftu.studio.evaluation;

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
import java.util.Objects;

/**
 * One expert evaluation of one application. The indicator-set version, panel size and disagreement threshold are
 * fixed when it starts; the result columns are written once the panel is aggregated.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false)
  private Long applicationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EvaluationPurpose purpose;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(name = "indicator_version", nullable = false, length = 40)
  private String indicatorVersion;

  @Column(name = "panel_size", nullable = false)
  private int panelSize;

  @Column(name = "disagreement_threshold", nullable = false, precision = 5, scale = 1)
  private BigDecimal disagreementThreshold;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private EvaluationStatus status;

  @Column(name = "panel_score", precision = 6, scale = 2)
  private BigDecimal panelScore;

  private Boolean trimmed;

  private Boolean excluded;

  private Boolean disagreement;

  @Column(precision = 6, scale = 2)
  private BigDecimal spread;

  @Enumerated(EnumType.STRING)
  @Column(name = "disagreement_decision", length = 30)
  private ExpertEvaluationProcess.DisagreementDecision disagreementDecision;

  @Column(name = "disagreement_reasons", length = 2000)
  private String disagreementReasons;

  /** The published explanation (means per indicator, veto grounds; no expert) as JSON. */
  @Column(columnDefinition = "text")
  private String result;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Version
  @Column(nullable = false)
  private int version;

  protected Evaluation() {
  }

  Evaluation(long applicationId, EvaluationPurpose purpose, String processInstanceId, String indicatorVersion,
      int panelSize, BigDecimal disagreementThreshold, Instant startedAt) {
    this.applicationId = applicationId;
    this.purpose = Objects.requireNonNull(purpose);
    this.processInstanceId = Objects.requireNonNull(processInstanceId);
    this.indicatorVersion = Objects.requireNonNull(indicatorVersion);
    this.panelSize = panelSize;
    this.disagreementThreshold = Objects.requireNonNull(disagreementThreshold);
    this.status = EvaluationStatus.DRAWING;
    this.startedAt = startedAt;
  }

  void setStatus(EvaluationStatus status) {
    this.status = status;
  }

  /** The city office settles for fewer experts than asked for. */
  void shrinkPanelTo(int size) {
    this.panelSize = size;
  }

  /** The city office adds one expert after a disagreement. */
  void addSeat() {
    this.panelSize++;
  }

  void recordResult(BigDecimal panelScore, boolean trimmed, boolean excluded, boolean disagreement, BigDecimal spread,
      String result) {
    this.panelScore = panelScore;
    this.trimmed = trimmed;
    this.excluded = excluded;
    this.disagreement = disagreement;
    this.spread = spread;
    this.result = result;
  }

  void recordDisagreementDecision(ExpertEvaluationProcess.DisagreementDecision decision, String reasons) {
    this.disagreementDecision = decision;
    this.disagreementReasons = reasons;
  }

  void complete(Instant now) {
    this.status = EvaluationStatus.COMPLETED;
    this.completedAt = now;
  }

  /** The process was ended before a result (the studio was revoked meanwhile, or an administrator cancelled it). */
  void cancel(Instant now) {
    this.status = EvaluationStatus.CANCELLED;
    this.completedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public EvaluationPurpose getPurpose() {
    return purpose;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getIndicatorVersion() {
    return indicatorVersion;
  }

  public int getPanelSize() {
    return panelSize;
  }

  public BigDecimal getDisagreementThreshold() {
    return disagreementThreshold;
  }

  public EvaluationStatus getStatus() {
    return status;
  }

  public BigDecimal getPanelScore() {
    return panelScore;
  }

  public Boolean getTrimmed() {
    return trimmed;
  }

  public Boolean getExcluded() {
    return excluded;
  }

  public Boolean getDisagreement() {
    return disagreement;
  }

  public BigDecimal getSpread() {
    return spread;
  }

  public ExpertEvaluationProcess.DisagreementDecision getDisagreementDecision() {
    return disagreementDecision;
  }

  public String getDisagreementReasons() {
    return disagreementReasons;
  }

  public String getResult() {
    return result;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
