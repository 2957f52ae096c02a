package cn.szftu.studio.change;

import cn.szftu.studio.application.form.SkillLevel;
import cn.szftu.studio.change.form.ChangeRequest;
import cn.szftu.studio.change.form.ChangeRequestValidator.StudioFacts;
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

/**
 * A change request (变更申请) of a named studio: the studio as it stood when asked, the requested values, where the
 * request stands and, once closed, why. Each step's decision is a {@link StudioChangeDecision}.
 */
@Entity
@Table(name = "studio_change")
public class StudioChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "studio_id", nullable = false)
  private Long studioId;

  @Enumerated(EnumType.STRING)
  @Column(name = "change_type", nullable = false, length = 20)
  private ChangeType type;

  @Column(nullable = false, length = 2000)
  private String reasons;

  @Column(name = "old_studio_name", nullable = false, length = 100)
  private String oldStudioName;

  @Column(name = "old_leader_name", nullable = false, length = 50)
  private String oldLeaderName;

  @Column(name = "old_host_unit_code", nullable = false, length = 40)
  private String oldHostUnitCode;

  @Column(name = "old_host_unit_name", nullable = false, length = 200)
  private String oldHostUnitName;

  @Column(name = "new_studio_name", length = 100)
  private String newStudioName;

  @Column(name = "new_leader_name", length = 50)
  private String newLeaderName;

  @Column(name = "new_leader_position", length = 100)
  private String newLeaderPosition;

  @Enumerated(EnumType.STRING)
  @Column(name = "new_leader_skill_level", length = 30)
  private SkillLevel newLeaderSkillLevel;

  /** The new leader's honours as canonical JSON (type, level, year, title per honour). */
  @Column(name = "new_leader_honours", length = 8000)
  private String newLeaderHonours;

  @Column(name = "new_host_unit_code", length = 40)
  private String newHostUnitCode;

  @Column(name = "new_host_unit_name", length = 200)
  private String newHostUnitName;

  @Column(name = "new_host_unit_credit_code", length = 18)
  private String newHostUnitCreditCode;

  @Column(name = "stays_in_shenzhen")
  private Boolean staysInShenzhen;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ChangeStatus status;

  @Column(name = "outcome_reasons", length = 2000)
  private String outcomeReasons;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "requested_by", nullable = false, length = 64)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "version_id")
  private Long versionId;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(nullable = false)
  private int version;

  protected StudioChange() {
  }

  StudioChange(StudioFacts studio, String requestedBy, Instant now) {
    this.studioId = studio.id();
    this.oldStudioName = studio.studioName();
    this.oldLeaderName = studio.leaderName();
    this.oldHostUnitCode = studio.hostUnitCode();
    this.oldHostUnitName = studio.hostUnitName();
    this.requestedBy = requestedBy;
    this.requestedAt = now;
    this.status = ChangeStatus.UNION_REVIEW;
    this.updatedAt = now;
  }

  /** Takes the (first or corrected) request's values; the fields of other types are cleared. */
  void request(ChangeRequest request, String honoursJson, Instant now) {
    this.type = request.type();
    this.reasons = request.reasons();
    this.newStudioName = request.newStudioName();
    ChangeRequest.NewLeader leader = request.leader();
    this.newLeaderName = leader == null ? null : leader.name();
    this.newLeaderPosition = leader == null ? null : leader.position();
    this.newLeaderSkillLevel = leader == null ? null : leader.skillLevel();
    this.newLeaderHonours = leader == null ? null : honoursJson;
    ChangeRequest.NewHostUnit unit = request.hostUnit();
    this.newHostUnitCode = unit == null ? null : unit.code();
    this.newHostUnitName = unit == null ? null : unit.name();
    this.newHostUnitCreditCode = unit == null ? null : unit.creditCode();
    this.staysInShenzhen = unit == null ? null : unit.staysInShenzhen();
    this.updatedAt = now;
  }

  void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void moveTo(ChangeStatus next, Instant now) {
    if (!status.open()) {
      throw new IllegalStateException("change " + id + " is closed (" + status + ")");
    }
    this.status = next;
    this.updatedAt = now;
  }

  void close(ChangeStatus outcome, String reasons, Long versionId, Instant now) {
    moveTo(outcome, now);
    this.outcomeReasons = reasons;
    this.versionId = versionId;
    this.closedAt = now;
  }

  public boolean movesOutOfShenzhen() {
    return type == ChangeType.HOST_UNIT && Boolean.FALSE.equals(staysInShenzhen);
  }

  public Long getId() {
    return id;
  }

  public Long getStudioId() {
    return studioId;
  }

  public ChangeType getType() {
    return type;
  }

  public String getReasons() {
    return reasons;
  }

  public String getOldStudioName() {
    return oldStudioName;
  }

  public String getOldLeaderName() {
    return oldLeaderName;
  }

  public String getOldHostUnitCode() {
    return oldHostUnitCode;
  }

  public String getOldHostUnitName() {
    return oldHostUnitName;
  }

  public String getNewStudioName() {
    return newStudioName;
  }

  public String getNewLeaderName() {
    return newLeaderName;
  }

  public String getNewLeaderPosition() {
    return newLeaderPosition;
  }

  public SkillLevel getNewLeaderSkillLevel() {
    return newLeaderSkillLevel;
  }

  public String getNewLeaderHonours() {
    return newLeaderHonours;
  }

  public String getNewHostUnitCode() {
    return newHostUnitCode;
  }

  public String getNewHostUnitName() {
    return newHostUnitName;
  }

  public String getNewHostUnitCreditCode() {
    return newHostUnitCreditCode;
  }

  public Boolean getStaysInShenzhen() {
    return staysInShenzhen;
  }

  public ChangeStatus getStatus() {
    return status;
  }

  public String getOutcomeReasons() {
    return outcomeReasons;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public Long getVersionId() {
    return versionId;
  }
}
