package cn.szftu.studio.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One administrator-maintained special day. */
@Entity
@Table(name = "calendar_override")
public class CalendarOverride {

  @Id
  @Column(name = "override_date")
  private LocalDate date;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private DayKind kind;

  @Column(nullable = false, length = 50)
  private String name;

  /** Redundant with the date, kept so a year can be replaced with one indexed delete. */
  @Column(name = "year_number", nullable = false)
  private int yearNumber;

  protected CalendarOverride() {
  }

  CalendarOverride(SpecialDay day) {
    this.date = day.date();
    this.kind = day.kind();
    this.name = day.name();
    this.yearNumber = day.date().getYear();
  }

  SpecialDay toSpecialDay() {
    return new SpecialDay(date, kind, name);
  }

  public LocalDate getDate() {
    return date;
  }

  public DayKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public int getYearNumber() {
    return yearNumber;
  }
}
