package cn.szftu.studio.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored version of the indicator set. Only the default flag ever changes after insertion. */
@Entity(name = "IndicatorSetRow")
@Table(name = "indicator_set")
public class IndicatorSetRow {

  @Id
  @Column(length = 40)
  private String version;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 200)
  private String source;

  @Column(name = "loaded_at", nullable = false)
  private Instant loadedAt;

  @Column(name = "default_set", nullable = false)
  private boolean defaultSet;

  protected IndicatorSetRow() {
  }

  IndicatorSetRow(String version, String title, String source, Instant loadedAt, boolean defaultSet) {
    this.version = version;
    this.title = title;
    this.source = source;
    this.loadedAt = loadedAt;
    this.defaultSet = defaultSet;
  }

  void setDefaultSet(boolean defaultSet) {
    this.defaultSet = defaultSet;
  }

  public String getVersion() {
    return version;
  }

  public String getTitle() {
    return title;
  }

  public String getSource() {
    return source;
  }

  public Instant getLoadedAt() {
    return loadedAt;
  }

  public boolean isDefaultSet() {
    return defaultSet;
  }
}
