package cn.szftu.studio.batch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A yearly naming batch: its application window and the parameters the application process reads from it. */
@Entity
@Table(name = "naming_batch")
public class NamingBatch {

  @Id
  @Column(length = 20)
  private String code;

  @Column(name = "batch_year", nullable = false)
  private int year;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "window_opens_at", nullable = false)
  private Instant windowOpensAt;

  @Column(name = "window_closes_at", nullable = false)
  private Instant windowClosesAt;

  @Column(name = "correction_working_days", nullable = false)
  private int correctionWorkingDays;

  @Column(name = "panel_size", nullable = false)
  private int panelSize;

  @Column(name = "disagreement_threshold", nullable = false, precision = 5, scale = 1)
  private BigDecimal disagreementThreshold;

  @Column(name = "indicator_version", length = 40)
  private String indicatorVersion;

  @Column(name = "results_published_at")
  private Instant resultsPublishedAt;

  @Column(name = "pass_line", nullable = false, precision = 5, scale = 1)
  private BigDecimal passLine;

  @Column(name = "total_quota")
  private Integer totalQuota;

  @Column(name = "notice_working_days", nullable = false)
  private int noticeWorkingDays;

  @Column(name = "outcome_label", nullable = false, length = 10)
  private String outcomeLabel;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private BatchStage stage;

  @Column(name = "notice_starts_at")
  private Instant noticeStartsAt;

  @Column(name = "notice_ends_at")
  private Instant noticeEndsAt;

  @Column(name = "decision_number", length = 100)
  private String decisionNumber;

  @Column(name = "decision_date")
  private LocalDate decisionDate;

  @Column(name = "named_at")
  private Instant namedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected NamingBatch() {
  }

  NamingBatch(String code) {
    this.code = code;
  }

  boolean apply(BatchProperties.Batch definition, Instant now) {
    boolean changed = year != definition.year() || !definition.title().equals(title)
        || !definition.windowOpensAt().equals(windowOpensAt) || !definition.windowClosesAt().equals(windowClosesAt)
        || correctionWorkingDays != definition.correctionWorkingDays() || panelSize != definition.panelSize()
        || disagreementThreshold == null || disagreementThreshold.compareTo(definition.disagreementThreshold()) != 0
        || !Objects.equals(indicatorVersion, definition.indicatorVersion())
        || passLine == null || passLine.compareTo(definition.passLine()) != 0
        || !Objects.equals(totalQuota, definition.totalQuota()) || noticeWorkingDays != definition.noticeWorkingDays()
        || !definition.outcomeLabel().equals(outcomeLabel);
    if (changed) {
      year = definition.year();
      title = definition.title();
      windowOpensAt = definition.windowOpensAt();
      windowClosesAt = definition.windowClosesAt();
      correctionWorkingDays = definition.correctionWorkingDays();
      panelSize = definition.panelSize();
      disagreementThreshold = definition.disagreementThreshold();
      indicatorVersion = definition.indicatorVersion();
      passLine = definition.passLine();
      totalQuota = definition.totalQuota();
      noticeWorkingDays = definition.noticeWorkingDays();
      outcomeLabel = definition.outcomeLabel();
      if (stage == null) {
        stage = BatchStage.OPEN;
      }
      updatedAt = now;
    }
    return changed;
  }

  /** A batch the city office opens with the naming-batch start form. */
  public static NamingBatch opened(BatchProperties.Batch definition, Instant now) {
    NamingBatch batch = new NamingBatch(definition.code());
    batch.apply(definition, now);
    return batch;
  }

  public void attachProcess(String processInstanceId, Instant now) {
    this.processInstanceId = processInstanceId;
    this.updatedAt = now;
  }

  public void moveTo(BatchStage next, Instant now) {
    this.stage = next;
    this.updatedAt = now;
  }

  /** The public notice runs from {@code startsAt} until {@code endsAt} (exclusive). */
  public void publishNotice(Instant startsAt, Instant endsAt) {
    this.noticeStartsAt = startsAt;
    this.noticeEndsAt = endsAt;
    this.stage = BatchStage.ON_NOTICE;
    this.updatedAt = startsAt;
  }

  public boolean isNoticeOpenAt(Instant moment) {
    return stage == BatchStage.ON_NOTICE && noticeStartsAt != null && !moment.isBefore(noticeStartsAt)
        && moment.isBefore(noticeEndsAt);
  }

  public void recordNaming(String decisionNumber, LocalDate decisionDate, Instant now) {
    this.decisionNumber = decisionNumber;
    this.decisionDate = decisionDate;
    this.namedAt = now;
    this.stage = BatchStage.NAMED;
    this.updatedAt = now;
  }

  /** The batch decision makes the evaluation results visible to applicants (SPEC §3.3, explanation). */
  public void publishResults(Instant now) {
    if (resultsPublishedAt == null) {
      resultsPublishedAt = now;
    }
  }

  public boolean isOpenAt(Instant moment) {
    return !moment.isBefore(windowOpensAt) && moment.isBefore(windowClosesAt);
  }

  public String getCode() {
    return code;
  }

  public int getYear() {
    return year;
  }

  public String getTitle() {
    return title;
  }

  public Instant getWindowOpensAt() {
    return windowOpensAt;
  }

  public Instant getWindowClosesAt() {
    return windowClosesAt;
  }

  public int getPanelSize() {
    return panelSize;
  }

  public BigDecimal getDisagreementThreshold() {
    return disagreementThreshold;
  }

  /** The indicator-set version of this batch's evaluations, or null for the default version. */
  public String getIndicatorVersion() {
    return indicatorVersion;
  }

  public Instant getResultsPublishedAt() {
    return resultsPublishedAt;
  }

  public BigDecimal getPassLine() {
    return passLine;
  }

  /** The most studios the batch names in total, or null for no total limit. */
  public Integer getTotalQuota() {
    return totalQuota;
  }

  public int getNoticeWorkingDays() {
    return noticeWorkingDays;
  }

  /** 命名 / 认定 / 支持建设. */
  public String getOutcomeLabel() {
    return outcomeLabel;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public BatchStage getStage() {
    return stage;
  }

  public Instant getNoticeStartsAt() {
    return noticeStartsAt;
  }

  public Instant getNoticeEndsAt() {
    return noticeEndsAt;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public LocalDate getDecisionDate() {
    return decisionDate;
  }

  public Instant getNamedAt() {
    return namedAt;
  }

  public int getCorrectionWorkingDays() {
    return correctionWorkingDays;
  }
}
