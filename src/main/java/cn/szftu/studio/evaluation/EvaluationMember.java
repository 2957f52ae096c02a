package cn.szftu.studio.evaluation;

import cn.szftu.studio.scoring.VetoFlag;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One expert on one seat of a panel, with the declaration and, once submitted, the score sheet. */
@Entity
@Table(name = "evaluation_member")
public class EvaluationMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "evaluation_id", nullable = false)
  private Long evaluationId;

  @Column(nullable = false)
  private int seat;

  @Column(name = "expert_id", nullable = false, length = 64)
  private String expertId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MemberState state;

  @Column(name = "recusal_reason", length = 2000)
  private String recusalReason;

  @Column(length = 4000)
  private String comment;

  @Column(name = "drawn_at", nullable = false)
  private Instant drawnAt;

  @Column(name = "declared_at")
  private Instant declaredAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "evaluation_score", joinColumns = @JoinColumn(name = "member_id"))
  private List<Points> scores = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "evaluation_veto", joinColumns = @JoinColumn(name = "member_id"))
  private List<RaisedVeto> vetoes = new ArrayList<>();

  @Version
  @Column(nullable = false)
  private int version;

  protected EvaluationMember() {
  }

  EvaluationMember(long evaluationId, int seat, String expertId, Instant drawnAt) {
    this.evaluationId = evaluationId;
    this.seat = seat;
    this.expertId = Objects.requireNonNull(expertId);
    this.state = MemberState.DRAWN;
    this.drawnAt = drawnAt;
  }

  void declareNoConflict(Instant now) {
    requireState(MemberState.DRAWN);
    state = MemberState.DECLARED;
    declaredAt = now;
  }

  void recuse(String reason, Instant now) {
    requireState(MemberState.DRAWN);
    state = MemberState.RECUSED;
    recusalReason = reason;
    declaredAt = now;
  }

  void vacate() {
    state = MemberState.VACATED;
  }

  void submit(List<Points> points, List<RaisedVeto> raised, String comment, Instant now) {
    requireState(MemberState.DECLARED);
    scores.clear();
    scores.addAll(points);
    vetoes.clear();
    vetoes.addAll(raised);
    this.comment = comment;
    state = MemberState.SUBMITTED;
    submittedAt = now;
  }

  private void requireState(MemberState expected) {
    if (state != expected) {
      throw new IllegalStateException("专家 " + expertId + " 在第 " + seat + " 席的状态为“" + state.label()
          + "”，不能执行此操作");
    }
  }

  public Long getId() {
    return id;
  }

  public Long getEvaluationId() {
    return evaluationId;
  }

  public int getSeat() {
    return seat;
  }

  public String getExpertId() {
    return expertId;
  }

  public MemberState getState() {
    return state;
  }

  public String getRecusalReason() {
    return recusalReason;
  }

  public String getComment() {
    return comment;
  }

  public Instant getDrawnAt() {
    return drawnAt;
  }

  public Instant getDeclaredAt() {
    return declaredAt;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public List<Points> getScores() {
    return List.copyOf(scores);
  }

  public List<RaisedVeto> getVetoes() {
    return List.copyOf(vetoes);
  }

  /** An expert's points for one third-level item. */
  @Embeddable
  public static class Points {

    @Column(name = "item_id", nullable = false, length = 20)
    private String itemId;

    @Column(nullable = false, precision = 4, scale = 1)
    private BigDecimal points;

    protected Points() {
    }

    public Points(String itemId, BigDecimal points) {
      this.itemId = itemId;
      this.points = points;
    }

    public String getItemId() {
      return itemId;
    }

    public BigDecimal getPoints() {
      return points;
    }
  }

  /** A veto flag an expert raised, with the facts. */
  @Embeddable
  public static class RaisedVeto {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private VetoFlag flag;

    @Column(nullable = false, length = 2000)
    private String facts;

    protected RaisedVeto() {
    }

    public RaisedVeto(VetoFlag flag, String facts) {
      this.flag = flag;
      this.facts = facts;
    }

    public VetoFlag getFlag() {
      return flag;
    }

    public String getFacts() {
      return facts;
    }
  }
}
