package cn.szftu.studio.batch;

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

/** One application's place in its batch: rank, score, outcome and why, and whether it is on the public notice. */
@Entity
@Table(name = "batch_entry")
public class BatchEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "batch_code", nullable = false, length = 20)
  private String batchCode;

  @Column(name = "application_id", nullable = false)
  private Long applicationId;

  @Column(name = "rank_no")
  private Integer rank;

  @Column(name = "panel_score", precision = 6, scale = 2)
  private BigDecimal panelScore;

  @Column(name = "innovation_subtotal", precision = 6, scale = 2)
  private BigDecimal innovationSubtotal;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private EntryOutcome outcome;

  @Column(length = 2000)
  private String reasons;

  @Column(name = "on_notice", nullable = false)
  private boolean onNotice;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(nullable = false)
  private int version;

  protected BatchEntry() {
  }

  public BatchEntry(String batchCode, long applicationId, Integer rank, BigDecimal panelScore,
      BigDecimal innovationSubtotal, EntryOutcome outcome, String reasons, Instant now) {
    this.batchCode = batchCode;
    this.applicationId = applicationId;
    this.rank = rank;
    this.panelScore = panelScore;
    this.innovationSubtotal = innovationSubtotal;
    this.outcome = outcome;
    this.reasons = reasons;
    this.updatedAt = now;
  }

  /** Takes the entry off the proposed list (leadership, substantiated objection), with the reasons. */
  public void remove(EntryOutcome removal, String reasons, Instant now) {
    if (outcome != EntryOutcome.PROPOSED) {
      throw new IllegalStateException("entry of application " + applicationId + " is " + outcome + ", not proposed");
    }
    this.outcome = removal;
    this.reasons = reasons;
    this.onNotice = false;
    this.updatedAt = now;
  }

  public void putOnNotice(Instant now) {
    this.onNotice = outcome == EntryOutcome.PROPOSED;
    this.updatedAt = now;
  }

  public void markNamed(Instant now) {
    if (outcome != EntryOutcome.PROPOSED) {
      throw new IllegalStateException("entry of application " + applicationId + " is " + outcome + ", not proposed");
    }
    this.outcome = EntryOutcome.NAMED;
    this.onNotice = false;
    this.updatedAt = now;
  }

  public void endNotice(Instant now) {
    this.onNotice = false;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getBatchCode() {
    return batchCode;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public Integer getRank() {
    return rank;
  }

  public BigDecimal getPanelScore() {
    return panelScore;
  }

  public BigDecimal getInnovationSubtotal() {
    return innovationSubtotal;
  }

  public EntryOutcome getOutcome() {
    return outcome;
  }

  public String getReasons() {
    return reasons;
  }

  public boolean isOnNotice() {
    return onNotice;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
