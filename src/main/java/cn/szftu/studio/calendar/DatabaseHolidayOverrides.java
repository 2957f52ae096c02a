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

  /** Every write of a year's data stamps its calendar_year row, so the stamps of the (few) years tell a change. */
  @Override
  @Transactional(readOnly = true)
  public Object version() {
    return years.findAll().stream().map(y -> y.getYearNumber() + "@" + y.getLoadedAt()).sorted().toList();
  }
}
