package cn.szftu.studio.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Audit of one decision: who decided what at which step, when, why, and the deadline it set if any. */
@Entity
@Table(name = "application_decision")
public class ApplicationDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false)
  private Long applicationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private DecisionStep step;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private DecisionOutcome outcome;

  @Column(length = 4000)
  private String reasons;

  @Column(name = "actor_user_id", length = 64)
  private String actorUserId;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  @Column
  private Instant deadline;

  protected ApplicationDecision() {
  }

  ApplicationDecision(Long applicationId, DecisionStep step, DecisionOutcome outcome, String reasons,
      String actorUserId, Instant decidedAt, Instant deadline) {
    this.applicationId = applicationId;
    this.step = step;
    this.outcome = outcome;
    this.reasons = reasons;
    this.actorUserId = actorUserId;
    this.decidedAt = decidedAt;
    this.deadline = deadline;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public DecisionStep getStep() {
    return step;
  }

  public DecisionOutcome getOutcome() {
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

  public Instant getDeadline() {
    return deadline;
  }
}
