package cn.szftu.studio.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;

/**
 * The working days of one year as a flat table with running totals, so that a single day costs one array read and
 * counting any range inside the year costs two.
 */
final class YearSchedule {

  private final int year;
  /** Indexed by day of year minus one. */
  private final boolean[] working;
  /** {@code workingThrough[d]}: working days from 1 January up to and including day of year {@code d}. */
  private final int[] workingThrough;

  private YearSchedule(int year, boolean[] working) {
    this.year = year;
    this.working = working;
    this.workingThrough = new int[working.length + 1];
    for (int i = 0; i < working.length; i++) {
      workingThrough[i + 1] = workingThrough[i] + (working[i] ? 1 : 0);
    }
  }

  static YearSchedule of(int year, Collection<SpecialDay> specialDays) {
    LocalDate first = LocalDate.of(year, 1, 1);
    boolean[] working = new boolean[first.lengthOfYear()];
    DayOfWeek weekday = first.getDayOfWeek();
    for (int i = 0; i < working.length; i++) {
      working[i] = weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
      weekday = weekday.plus(1);
    }
    for (SpecialDay day : specialDays) {
      if (day.date().getYear() != year) {
        throw new IllegalArgumentException(day + " does not belong to " + year);
      }
      working[day.date().getDayOfYear() - 1] = day.kind() == DayKind.WORKDAY;
    }
    return new YearSchedule(year, working);
  }

  int year() {
    return year;
  }

  boolean isWorkingDay(LocalDate date) {
    return working[indexOf(date)];
  }

  /** Working days from 1 January through {@code date}, both included. */
  int workingDaysThrough(LocalDate date) {
    return workingThrough[indexOf(date) + 1];
  }

  int workingDaysInYear() {
    return workingThrough[working.length];
  }

  private int indexOf(LocalDate date) {
    if (date.getYear() != year) {
      throw new IllegalArgumentException(date + " is not in " + year);
    }
    return date.getDayOfYear() - 1;
  }
}
