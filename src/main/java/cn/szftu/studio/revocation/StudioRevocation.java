package cn.szftu.studio.revocation;

import cn.szftu.studio.revocation.StudioRevocationProcess.Decision;
import cn.szftu.studio.revocation.StudioRevocationProcess.DefenceOutcome;
import cn.szftu.studio.revocation.StudioRevocationProcess.Opinion;
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

/**
 * One revocation case of one studio, with who did what and when: the ground and basis, the notice and the host
 * unit's defence (申辩), the city office's opinion, the decision, the ban it led to and the plaque's return.
 */
@Entity
@Table(name = "studio_revocation")
public class StudioRevocation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "studio_id", nullable = false)
  private Long studioId;

  @Column(name = "batch_revocation_id")
  private Long batchRevocationId;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  /** The execution that carries out the decision (one per studio in a batch), so its tasks find their case. */
  @Column(name = "execution_id", length = 64)
  private String executionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RevocationOrigin origin;

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

  @Column(name = "notified_at")
  private Instant notifiedAt;

  @Column(name = "defence_due_at")
  private Instant defenceDueAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "defence_outcome", length = 20)
  private DefenceOutcome defenceOutcome;

  @Column(length = 4000)
  private String defence;

  @Column(name = "defence_by", length = 64)
  private String defenceBy;

  @Column(name = "defence_at")
  private Instant defenceAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private Opinion opinion;

  @Column(name = "opinion_reasons", length = 2000)
  private String opinionReasons;

  @Column(name = "opinion_by", length = 64)
  private String opinionBy;

  @Column(name = "opinion_at")
  private Instant opinionAt;

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

  @Column(name = "ban_id")
  private Long banId;

  @Column(name = "plaque_due_at")
  private Instant plaqueDueAt;

  @Column(name = "plaque_note", length = 500)
  private String plaqueNote;

  @Column(name = "plaque_returned_by", length = 64)
  private String plaqueReturnedBy;

  @Column(name = "plaque_returned_at")
  private Instant plaqueReturnedAt;

  @Column(name = "plaque_receipt_note", length = 500)
  private String plaqueReceiptNote;

  @Column(name = "plaque_received_by", length = 64)
  private String plaqueReceivedBy;

  @Column(name = "plaque_received_at")
  private Instant plaqueReceivedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(nullable = false)
  private int version;

  protected StudioRevocation() {
  }

  StudioRevocation(long studioId, Long batchRevocationId, String processInstanceId, RevocationOrigin origin,
      RevocationGround ground, String basis, String startedBy, Instant now) {
    this.studioId = studioId;
    this.batchRevocationId = batchRevocationId;
    this.processInstanceId = processInstanceId;
    this.origin = origin;
    this.ground = ground;
    this.basis = basis;
    this.startedBy = startedBy;
    this.startedAt = now;
    this.status = RevocationStatus.IN_PROGRESS;
    this.updatedAt = now;
  }

  void notified(Instant defenceDueAt, Instant now) {
    this.notifiedAt = now;
    this.defenceDueAt = defenceDueAt;
    this.updatedAt = now;
  }

  void defence(DefenceOutcome outcome, String text, String userId, Instant now) {
    requireInProgress();
    if (defenceOutcome != null) {
      throw new IllegalStateException("revocation " + id + " already has its defence outcome " + defenceOutcome);
    }
    this.defenceOutcome = outcome;
    this.defence = text;
    this.defenceBy = userId;
    this.defenceAt = now;
    this.updatedAt = now;
  }

  void opinion(Opinion opinion, String reasons, String userId, Instant now) {
    requireInProgress();
    this.opinion = opinion;
    this.opinionReasons = reasons;
    this.opinionBy = userId;
    this.opinionAt = now;
    this.updatedAt = now;
  }

  void decide(Decision decision, String number, LocalDate date, String reasons, String userId, Instant now) {
    requireInProgress();
    this.decision = decision;
    this.decisionNumber = number;
    this.decisionDate = date;
    this.decisionReasons = reasons;
    this.decidedBy = userId;
    this.decidedAt = now;
    this.updatedAt = now;
  }

  void revoked(Long banId, Instant plaqueDueAt, String executionId, Instant now) {
    requireInProgress();
    if (decision != Decision.REVOKE) {
      throw new IllegalStateException("revocation " + id + " was not decided to revoke");
    }
    this.status = RevocationStatus.REVOKED;
    this.executionId = executionId;
    this.banId = banId;
    this.plaqueDueAt = plaqueDueAt;
    this.updatedAt = now;
  }

  void notRevoked(Instant now) {
    requireInProgress();
    this.status = RevocationStatus.NOT_REVOKED;
    this.updatedAt = now;
  }

  void plaqueReturned(String note, String userId, Instant now) {
    requireRevoked();
    this.plaqueNote = note;
    this.plaqueReturnedBy = userId;
    this.plaqueReturnedAt = now;
    this.updatedAt = now;
  }

  void plaqueReceived(String note, String userId, Instant now) {
    requireRevoked();
    this.plaqueReceiptNote = note;
    this.plaqueReceivedBy = userId;
    this.plaqueReceivedAt = now;
    this.updatedAt = now;
  }

  private void requireInProgress() {
    if (status != RevocationStatus.IN_PROGRESS) {
      throw new IllegalStateException("revocation " + id + " is " + status);
    }
  }

  private void requireRevoked() {
    if (status != RevocationStatus.REVOKED) {
      throw new IllegalStateException("revocation " + id + " is " + status + ", not revoked");
    }
  }

  public Long getId() {
    return id;
  }

  public Long getStudioId() {
    return studioId;
  }

  public Long getBatchRevocationId() {
    return batchRevocationId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getExecutionId() {
    return executionId;
  }

  public RevocationOrigin getOrigin() {
    return origin;
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

  public Instant getStartedAt() {
    return startedAt;
  }

  public RevocationStatus getStatus() {
    return status;
  }

  public Instant getNotifiedAt() {
    return notifiedAt;
  }

  public Instant getDefenceDueAt() {
    return defenceDueAt;
  }

  public DefenceOutcome getDefenceOutcome() {
    return defenceOutcome;
  }

  public String getDefence() {
    return defence;
  }

  public String getDefenceBy() {
    return defenceBy;
  }

  public Instant getDefenceAt() {
    return defenceAt;
  }

  public Opinion getOpinion() {
    return opinion;
  }

  public String getOpinionReasons() {
    return opinionReasons;
  }

  public String getOpinionBy() {
    return opinionBy;
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

  public String getDecidedBy() {
    return decidedBy;
  }

  public Long getBanId() {
    return banId;
  }

  public Instant getPlaqueDueAt() {
    return plaqueDueAt;
  }

  public String getPlaqueNote() {
    return plaqueNote;
  }

  public String getPlaqueReturnedBy() {
    return plaqueReturnedBy;
  }

  public Instant getPlaqueReturnedAt() {
    return plaqueReturnedAt;
  }

  public String getPlaqueReceiptNote() {
    return plaqueReceiptNote;
  }

  public String getPlaqueReceivedBy() {
    return plaqueReceivedBy;
  }

  public Instant getPlaqueReceivedAt() {
    return plaqueReceivedAt;
  }
}
