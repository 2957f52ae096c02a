package cn.szftu.studio.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A year with override data, and where that data came from. */
@Entity
@Table(name = "calendar_year")
public class CalendarYear {

  @Id
  @Column(name = "year_number")
  private Integer yearNumber;

  @Column(nullable = false, length = 200)
  private String source;

  @Column(name = "loaded_at", nullable = false)
  private Instant loadedAt;

  @Column(name = "file_checksum", length = 64)
  private String fileChecksum;

  protected CalendarYear() {
  }

  CalendarYear(int yearNumber) {
    this.yearNumber = yearNumber;
  }

  void record(String source, Instant loadedAt, String fileChecksum) {
    this.source = source;
    this.loadedAt = loadedAt;
    this.fileChecksum = fileChecksum;
  }

  public int getYearNumber() {
    return yearNumber;
  }

  public String getSource() {
    return source;
  }

  public Instant getLoadedAt() {
    return loadedAt;
  }

  /** Null when the year has only ever been written through the admin endpoint. */
  public String getFileChecksum() {
    return fileChecksum;
  }
}
