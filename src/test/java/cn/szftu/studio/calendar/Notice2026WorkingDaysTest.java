package cn.szftu.studio.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Notice2026WorkingDaysTest {

  private static final LegalHolidayLibrary LIBRARY = new LegalHolidayLibrary();

  private final WorkingDays workingDays = new WorkingDays(LIBRARY, () -> OverrideSnapshot.EMPTY);

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void everyStatutoryHolidayIsARestDay() {
    assertThat(Notice2026.HOLIDAYS).hasSize(33).noneMatch(workingDays::isWorkingDay);
  }

  @Test
  void everyMakeUpDayIsAWorkingDay() {
    assertThat(Notice2026.MAKE_UP_WORKDAYS).hasSize(6).allMatch(workingDays::isWorkingDay);
  }

  @Test
  void everyOtherDayFollowsTheWeekdayRule() {
    date("2026-01-01").datesUntil(date("2027-01-01"))
        .filter(d -> !Notice2026.HOLIDAYS.contains(d) && !Notice2026.MAKE_UP_WORKDAYS.contains(d))
        .forEach(d -> assertThat(workingDays.isWorkingDay(d)).as(d.toString())
            .isEqualTo(d.getDayOfWeek().getValue() <= 5));
  }
}
