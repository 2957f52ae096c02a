package cn.szftu.studio.revocation;

import cn.szftu.studio.revocation.StudioRevocationProcess.Decision;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A whole naming batch revoked by one decision; each of its studios has its own {@link StudioRevocation}. */
@Entity
@Table(name = "batch_revocation")
public class BatchRevocation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "batch_code", nullable = false, length = 20)
  private String batchCode;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private RevocationGround ground;

  @Column(nullable = false, length = 2000)
  private String basis;

  @Column(name = "started_by", length = 64)
  private String startedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RevocationStatus status;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Decision decision;

  @Column(name = "decision_number", length = 100)
  private String decisionNumber;

  @Column(name = "decision_date")
  private LocalDate decisionDate;

  @Column(name = "decision_reasons", length = 2000)
  private String decisionReasons;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(nullable = false)
  private int version;

  protected BatchRevocation() {
  }

  BatchRevocation(String batchCode, String processInstanceId, RevocationGround ground, String basis,
      String startedBy, Instant now) {
    this.batchCode = batchCode;
    this.processInstanceId = processInstanceId;
    this.ground = ground;
    this.basis = basis;
    this.startedBy = startedBy;
    this.startedAt = now;
    this.status = RevocationStatus.IN_PROGRESS;
    this.updatedAt = now;
  }

  void decide(Decision decision, String number, LocalDate date, String reasons, String userId, Instant now) {
    if (status != RevocationStatus.IN_PROGRESS) {
      throw new IllegalStateException("batch revocation " + id + " is " + status);
    }
    this.decision = decision;
    this.decisionNumber = number;
    this.decisionDate = date;
    this.decisionReasons = reasons;
    this.decidedBy = userId;
    this.decidedAt = now;
    this.status = decision == Decision.REVOKE ? RevocationStatus.REVOKED : RevocationStatus.NOT_REVOKED;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getBatchCode() {
    return batchCode;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public RevocationGround getGround() {
    return ground;
  }

  public String getBasis() {
    return basis;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public RevocationStatus getStatus() {
    return status;
  }

  public Decision getDecision() {
    return decision;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public LocalDate getDecisionDate() {
    return decisionDate;
  }

  public String getDecisionReasons() {
    return decisionReasons;
  }
}
