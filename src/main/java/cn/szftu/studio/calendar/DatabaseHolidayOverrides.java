package cn.szftu.studio.calendar;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the override tables in one transaction, so the years and their days are consistent with each other. */
@Component
class DatabaseHolidayOverrides implements HolidayOverrides {

  private final CalendarYearRepository years;
  private final CalendarOverrideRepository overrides;

  DatabaseHolidayOverrides(CalendarYearRepository years, CalendarOverrideRepository overrides) {
    this.years = years;
    this.overrides = overrides;
  }

  @Override
  @Transactional(readOnly = true)
  public OverrideSnapshot load() {
    return OverrideSnapshot.of(
        years.findAll().stream().map(CalendarYear::getYearNumber).toList(),
        overrides.findAll().stream().map(CalendarOverride::toSpecialDay).toList());
  }
}
