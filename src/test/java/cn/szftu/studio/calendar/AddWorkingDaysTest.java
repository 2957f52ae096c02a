package cn.szftu.studio.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AddWorkingDaysTest {

  private static final LegalHolidayLibrary LIBRARY = new LegalHolidayLibrary();

  private final WorkingDays workingDays = new WorkingDays(LIBRARY, () -> OverrideSnapshot.EMPTY);

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void skipsTheNationalDayHoliday() {
    assertThat(workingDays.addWorkingDays(date("2026-09-30"), 1)).isEqualTo("2026-10-08");
  }

  @Test
  void countsTheMakeUpSaturdayBeforeTheSpringFestival() {
    assertThat(workingDays.addWorkingDays(date("2026-02-13"), 1)).isEqualTo("2026-02-14");
    assertThat(workingDays.addWorkingDays(date("2026-02-13"), 2)).isEqualTo("2026-02-24");
    assertThat(workingDays.addWorkingDays(date("2026-02-12"), 5)).isEqualTo("2026-02-26");
  }

  @Test
  void countsTheMakeUpSaturdayAfterTheSpringFestival() {
    assertThat(workingDays.addWorkingDays(date("2026-02-27"), 1)).isEqualTo("2026-02-28");
  }

  @Test
  void skipsAPlainWeekend() {
    assertThat(workingDays.addWorkingDays(date("2026-03-06"), 1)).isEqualTo("2026-03-09");
    assertThat(workingDays.addWorkingDays(date("2026-03-07"), 1)).isEqualTo("2026-03-09");
  }

  @Test
  void tenWorkingDaysFromTheEveOfNationalDayIncludeTheMakeUpSaturday() {
    assertThat(workingDays.addWorkingDays(date("2026-09-30"), 10)).isEqualTo("2026-10-20");
  }

  @Test
  void zeroReturnsAWorkingStartUnchanged() {
    assertThat(workingDays.addWorkingDays(date("2026-03-09"), 0)).isEqualTo("2026-03-09");
    assertThat(workingDays.addWorkingDays(date("2026-02-14"), 0)).isEqualTo("2026-02-14");
  }

  @Test
  void zeroMovesARestDayToTheNextWorkingDay() {
    assertThat(workingDays.addWorkingDays(date("2026-03-07"), 0)).isEqualTo("2026-03-09");
    assertThat(workingDays.addWorkingDays(date("2026-10-01"), 0)).isEqualTo("2026-10-08");
  }

  @Test
  void crossesIntoTheNextYear() {
    assertThat(workingDays.addWorkingDays(date("2025-12-31"), 1)).isEqualTo("2026-01-04");
  }

  @Test
  void refusesNegativeCounts() {
    assertThatThrownBy(() -> workingDays.addWorkingDays(date("2026-03-09"), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void landsOnAWorkingDayThatWorkingDaysBetweenCountsBack() {
    date("2026-01-01").datesUntil(date("2026-09-01")).forEach(start -> {
      for (int n = 1; n <= 60; n++) {
        LocalDate end = workingDays.addWorkingDays(start, n);
        assertThat(workingDays.isWorkingDay(end)).isTrue();
        assertThat(workingDays.workingDaysBetween(start, end)).as(start + " + " + n).isEqualTo(n);
      }
    });
  }

  @Test
  void takesMicroseconds() {
    for (int i = 0; i < 20_000; i++) {
      workingDays.addWorkingDays(date("2026-01-05").plusDays(i % 200), 60);
    }
    long started = System.nanoTime();
    int calls = 100_000;
    for (int i = 0; i < calls; i++) {
      workingDays.addWorkingDays(date("2026-01-05").plusDays(i % 200), 60);
    }
    Duration perCall = Duration.ofNanos((System.nanoTime() - started) / calls);
    // Typically one or two microseconds; the bound only guards against losing the cache.
    assertThat(perCall).isLessThan(Duration.ofMillis(1).dividedBy(20));
  }
}
