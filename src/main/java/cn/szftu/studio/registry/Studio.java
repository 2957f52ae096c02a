package cn.szftu.studio.registry;

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

/** A named studio in the registry (已命名工作室名录). */
@Entity
@Table(name = "studio")
public class Studio {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "naming_number", nullable = false, length = 30)
  private String namingNumber;

  @Column(name = "application_id", nullable = false)
  private Long applicationId;

  @Column(name = "batch_code", nullable = false, length = 20)
  private String batchCode;

  @Column(name = "studio_name", nullable = false, length = 100)
  private String studioName;

  @Column(name = "leader_name", nullable = false, length = 50)
  private String leaderName;

  @Column(name = "host_unit_code", nullable = false, length = 40)
  private String hostUnitCode;

  @Column(name = "host_unit_name", nullable = false, length = 200)
  private String hostUnitName;

  @Column(name = "union_code", nullable = false, length = 40)
  private String unionCode;

  @Column(name = "panel_score", nullable = false, precision = 6, scale = 2)
  private BigDecimal panelScore;

  @Column(name = "decision_number", nullable = false, length = 100)
  private String decisionNumber;

  @Column(name = "decision_date", nullable = false)
  private LocalDate decisionDate;

  @Column(name = "outcome_label", nullable = false, length = 10)
  private String outcomeLabel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private StudioStatus status;

  @Column(name = "named_at", nullable = false)
  private Instant namedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "revocation_reason", length = 100)
  private String revocationReason;

  @Column(name = "revocation_basis", length = 2000)
  private String revocationBasis;

  @Column(name = "revocation_decision_number", length = 100)
  private String revocationDecisionNumber;

  @Column(name = "revoked_on")
  private LocalDate revokedOn;

  @Version
  @Column(nullable = false)
  private int version;

  protected Studio() {
  }

  Studio(String namingNumber, long applicationId, String batchCode, String studioName, String leaderName,
      String hostUnitCode, String hostUnitName, String unionCode, BigDecimal panelScore, String decisionNumber,
      LocalDate decisionDate, String outcomeLabel, Instant namedAt) {
    this.namingNumber = namingNumber;
    this.applicationId = applicationId;
    this.batchCode = batchCode;
    this.studioName = studioName;
    this.leaderName = leaderName;
    this.hostUnitCode = hostUnitCode;
    this.hostUnitName = hostUnitName;
    this.unionCode = unionCode;
    this.panelScore = panelScore;
    this.decisionNumber = decisionNumber;
    this.decisionDate = decisionDate;
    this.outcomeLabel = outcomeLabel;
    this.status = StudioStatus.NAMED;
    this.namedAt = namedAt;
    this.updatedAt = namedAt;
  }

  /** Takes on an approved change's particulars; the registry keeps the earlier ones as versions (StudioVersion). */
  void applyChange(StudioVersion.Particulars particulars, Instant now) {
    this.studioName = particulars.studioName();
    this.leaderName = particulars.leaderName();
    this.hostUnitCode = particulars.hostUnitCode();
    this.hostUnitName = particulars.hostUnitName();
    this.updatedAt = now;
  }

  public StudioVersion.Particulars particulars() {
    return new StudioVersion.Particulars(studioName, leaderName, hostUnitCode, hostUnitName);
  }

  /** A re-assessment set a rectification deadline; the studio stays in the registry meanwhile. */
  public void startRectification(Instant now) {
    if (status != StudioStatus.NAMED) {
      throw new IllegalStateException("studio " + namingNumber + " is " + status + ", cannot start rectification");
    }
    status = StudioStatus.RECTIFYING;
    updatedAt = now;
  }

  /** The rectification was assessed again; whatever follows (kept, or revocation) starts from a named studio. */
  public void endRectification(Instant now) {
    if (status == StudioStatus.RECTIFYING) {
      status = StudioStatus.NAMED;
      updatedAt = now;
    }
  }

  /**
   * Revoked by the decision body: the reason (the ground's label, public), the basis (internal), the decision's
   * document number and date. A studio is revoked once; revoking a revoked studio is refused.
   */
  public void revoke(String reason, String basis, String decisionNumber, LocalDate decisionDate, Instant now) {
    if (status == StudioStatus.REVOKED) {
      throw new IllegalStateException("studio " + namingNumber + " is already revoked");
    }
    this.status = StudioStatus.REVOKED;
    this.revocationReason = reason;
    this.revocationBasis = basis;
    this.revocationDecisionNumber = decisionNumber;
    this.revokedOn = decisionDate;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getNamingNumber() {
    return namingNumber;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public String getBatchCode() {
    return batchCode;
  }

  public String getStudioName() {
    return studioName;
  }

  public String getLeaderName() {
    return leaderName;
  }

  public String getHostUnitCode() {
    return hostUnitCode;
  }

  public String getHostUnitName() {
    return hostUnitName;
  }

  public String getUnionCode() {
    return unionCode;
  }

  public BigDecimal getPanelScore() {
    return panelScore;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public LocalDate getDecisionDate() {
    return decisionDate;
  }

  public String getOutcomeLabel() {
    return outcomeLabel;
  }

  public StudioStatus getStatus() {
    return status;
  }

  public Instant getNamedAt() {
    return namedAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getRevocationReason() {
    return revocationReason;
  }

  public String getRevocationBasis() {
    return revocationBasis;
  }

  public String getRevocationDecisionNumber() {
    return revocationDecisionNumber;
  }

  public LocalDate getRevokedOn() {
    return revokedOn;
  }
}
