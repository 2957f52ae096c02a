package cn.szftu.studio.batch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
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
        || !Objects.equals(indicatorVersion, definition.indicatorVersion());
    if (changed) {
      year = definition.year();
      title = definition.title();
      windowOpensAt = definition.windowOpensAt();
      windowClosesAt = definition.windowClosesAt();
      correctionWorkingDays = definition.correctionWorkingDays();
      panelSize = definition.panelSize();
      disagreementThreshold = definition.disagreementThreshold();
      indicatorVersion = definition.indicatorVersion();
      updatedAt = now;
    }
    return changed;
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

  public int getCorrectionWorkingDays() {
    return correctionWorkingDays;
  }
}
