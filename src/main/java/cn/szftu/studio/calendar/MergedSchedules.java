package cn.szftu.studio.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Library data with one snapshot of overrides laid on top, turned into per-year schedules on first use. Replaced as a
 * whole when overrides change, so a computation never mixes old and new data.
 */
final class MergedSchedules {

  private final LegalHolidayLibrary library;
  private final OverrideSnapshot overrides;
  private final Map<Integer, YearSchedule> byYear = new ConcurrentHashMap<>();

  MergedSchedules(LegalHolidayLibrary library, OverrideSnapshot overrides) {
    this.library = library;
    this.overrides = overrides;
  }

  YearSchedule year(int year) {
    YearSchedule schedule = byYear.get(year);
    if (schedule != null) {
      return schedule;
    }
    if (!library.coversYear(year) && !overrides.coversYear(year)) {
      throw new HolidayDataMissingException(year);
    }
    return byYear.computeIfAbsent(year, this::build);
  }

  private YearSchedule build(int year) {
    Map<LocalDate, SpecialDay> days = new HashMap<>();
    library.specialDays(year).forEach(day -> days.put(day.date(), day));
    overrides.specialDays(year).forEach(day -> days.put(day.date(), day));
    return YearSchedule.of(year, days.values());
  }
}
