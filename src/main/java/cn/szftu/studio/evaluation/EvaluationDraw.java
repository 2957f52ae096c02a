package cn.szftu.studio.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One draw made for an evaluation, with the seed that reproduces it and who was left out and why. */
@Entity
@Table(name = "evaluation_draw")
public class EvaluationDraw {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "evaluation_id", nullable = false)
  private Long evaluationId;

  @Column(name = "draw_no", nullable = false)
  private int drawNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private DrawPurpose purpose;

  @Column(nullable = false)
  private long seed;

  @Column(nullable = false)
  private int requested;

  /** Drawn expert ids, comma-separated, in draw order. */
  @Column(nullable = false, length = 1000)
  private String drawn;

  /** Excluded expert ids with their reasons, as JSON. */
  @Column(nullable = false, columnDefinition = "text")
  private String excluded;

  @Column(name = "drawn_at", nullable = false)
  private Instant drawnAt;

  protected EvaluationDraw() {
  }

  EvaluationDraw(Long evaluationId, int drawNo, DrawPurpose purpose, long seed, int requested, String drawn,
      String excluded, Instant drawnAt) {
    this.evaluationId = evaluationId;
    this.drawNo = drawNo;
    this.purpose = purpose;
    this.seed = seed;
    this.requested = requested;
    this.drawn = drawn;
    this.excluded = excluded;
    this.drawnAt = drawnAt;
  }

  public Long getId() {
    return id;
  }

  public Long getEvaluationId() {
    return evaluationId;
  }

  public int getDrawNo() {
    return drawNo;
  }

  public DrawPurpose getPurpose() {
    return purpose;
  }

  public long getSeed() {
    return seed;
  }

  public int getRequested() {
    return requested;
  }

  public String getDrawn() {
    return drawn;
  }

  public String getExcluded() {
    return excluded;
  }

  public Instant getDrawnAt() {
    return drawnAt;
  }
}
