package cn.szftu.studio.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysBetweenTest {

  private static final LegalHolidayLibrary LIBRARY = new LegalHolidayLibrary();

  private final WorkingDays workingDays = new WorkingDays(LIBRARY, () -> OverrideSnapshot.EMPTY);

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void excludesTheStartAndIncludesTheEnd() {
    assertThat(workingDays.workingDaysBetween(date("2026-03-09"), date("2026-03-13"))).isEqualTo(4);
    assertThat(workingDays.workingDaysBetween(date("2026-09-30"), date("2026-10-08"))).isEqualTo(1);
  }

  @Test
  void isZeroForTheSameDay() {
    assertThat(workingDays.workingDaysBetween(date("2026-03-09"), date("2026-03-09"))).isZero();
  }

  @Test
  void isNegatedWhenTheEndComesFirst() {
    assertThat(workingDays.workingDaysBetween(date("2026-10-08"), date("2026-09-30"))).isEqualTo(-1);
    assertThat(workingDays.workingDaysBetween(date("2026-01-05"), date("2025-12-31"))).isEqualTo(-2);
  }

  @Test
  void countsJanuary2026WithTheNewYearHolidayAndMakeUpSunday() {
    // 22 weekdays, minus 1 and 2 January, plus Sunday 4 January.
    assertThat(workingDays.workingDaysBetween(date("2025-12-31"), date("2026-01-31"))).isEqualTo(21);
  }

  @Test
  void countsTheWhole2026Year() {
    // 261 weekdays, minus 19 holidays falling on weekdays, plus 6 make-up days.
    assertThat(workingDays.workingDaysBetween(date("2025-12-31"), date("2026-12-31"))).isEqualTo(248);
  }

  @Test
  void spansSeveralYears() {
    long byYear = workingDays.workingDaysBetween(date("2023-12-31"), date("2024-12-31"))
        + workingDays.workingDaysBetween(date("2024-12-31"), date("2025-12-31"))
        + workingDays.workingDaysBetween(date("2025-12-31"), date("2026-03-09"));
    assertThat(workingDays.workingDaysBetween(date("2023-12-31"), date("2026-03-09"))).isEqualTo(byYear);
  }
}
