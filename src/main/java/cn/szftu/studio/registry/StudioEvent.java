package cn.szftu.studio.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One event in a studio's history (naming, change, revocation), with the decision it rests on. */
@Entity
@Table(name = "studio_event")
public class StudioEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "studio_id", nullable = false)
  private Long studioId;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private StudioEventKind kind;

  @Column(nullable = false, length = 2000)
  private String description;

  @Column(length = 200)
  private String decision;

  @Column(name = "actor_user_id", length = 64)
  private String actorUserId;

  protected StudioEvent() {
  }

  public StudioEvent(long studioId, Instant occurredAt, StudioEventKind kind, String description, String decision,
      String actorUserId) {
    this.studioId = studioId;
    this.occurredAt = occurredAt;
    this.kind = kind;
    this.description = description;
    this.decision = decision;
    this.actorUserId = actorUserId;
  }

  public Long getId() {
    return id;
  }

  public Long getStudioId() {
    return studioId;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public StudioEventKind getKind() {
    return kind;
  }

  public String getDescription() {
    return description;
  }

  public String getDecision() {
    return decision;
  }

  public String getActorUserId() {
    return actorUserId;
  }
}
