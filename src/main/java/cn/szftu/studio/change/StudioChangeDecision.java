package cn.szftu.studio.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a change request: who decided what, when and why. */
@Entity
@Table(name = "studio_change_decision")
public class StudioChangeDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "change_id", nullable = false)
  private Long changeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ChangeStep step;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ChangeOutcome outcome;

  @Column(length = 2000)
  private String reasons;

  @Column(name = "actor_user_id", length = 64)
  private String actorUserId;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  protected StudioChangeDecision() {
  }

  StudioChangeDecision(long changeId, ChangeStep step, ChangeOutcome outcome, String reasons, String actorUserId,
      Instant decidedAt) {
    this.changeId = changeId;
    this.step = step;
    this.outcome = outcome;
    this.reasons = reasons;
    this.actorUserId = actorUserId;
    this.decidedAt = decidedAt;
  }

  public Long getChangeId() {
    return changeId;
  }

  public ChangeStep getStep() {
    return step;
  }

  public ChangeOutcome getOutcome() {
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
