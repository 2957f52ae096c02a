package cn.szftu.studio.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A date whose working status is not given by its day of the week alone. */
public record SpecialDay(LocalDate date, DayKind kind, String name) {

  public SpecialDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  public static SpecialDay holiday(LocalDate date, String name) {
    return new SpecialDay(date, DayKind.HOLIDAY, name);
  }

  public static SpecialDay workday(LocalDate date, String name) {
    return new SpecialDay(date, DayKind.WORKDAY, name);
  }
}
