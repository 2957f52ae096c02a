package cn.szftu.studio.calendar;

import java.util.List;

/** The shape of calendar/holiday-overrides.yaml, bound by Jackson before validation. */
public record HolidayOverrideFile(List<Year> years) {

  public record Year(Integer year, String source, List<OverrideEntry> holidays, List<OverrideEntry> workdays) {

    YearOverridesRequest toRequest() {
      return new YearOverridesRequest(source, holidays, workdays);
    }
  }
}
