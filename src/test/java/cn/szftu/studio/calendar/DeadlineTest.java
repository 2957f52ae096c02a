package cn.szftu.studio.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import org.junit.jupiter.api.Test;

class DeadlineTest {

  private static final LegalHolidayLibrary LIBRARY = new LegalHolidayLibrary();

  private final WorkingDays workingDays = new WorkingDays(LIBRARY, () -> OverrideSnapshot.EMPTY);

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void endsAtMidnightBeijingTimeAfterTheLastWorkingDay() {
    assertThat(workingDays.deadlineAfter(date("2026-09-30"), 1))
        .isEqualTo(OffsetDateTime.parse("2026-10-09T00:00+08:00").toInstant())
        .isEqualTo(Instant.parse("2026-10-08T16:00:00Z"));
  }

  @Test
  void dateFormCountsFromTheBeijingDateWhateverTheTimeOfDay() {
    Date lateEvening = Date.from(OffsetDateTime.parse("2026-09-30T23:30+08:00").toInstant());
    assertThat(workingDays.deadline(lateEvening, 1))
        .isEqualTo(Date.from(OffsetDateTime.parse("2026-10-09T00:00+08:00").toInstant()));
  }

  @Test
  void dateFormUsesBeijingRatherThanUtcDate() {
    // Thursday 17:00 UTC is already Friday 01:00 in Beijing, so one working day later is Monday.
    Date moment = Date.from(Instant.parse("2026-03-05T17:00:00Z"));
    assertThat(workingDays.deadline(moment, 1))
        .isEqualTo(Date.from(OffsetDateTime.parse("2026-03-10T00:00+08:00").toInstant()));
    assertThat(workingDays.isWorkingDay(Date.from(Instant.parse("2026-09-30T16:30:00Z")))).isFalse();
  }

  @Test
  void dateFormAcceptsSqlDates() {
    assertThat(workingDays.isWorkingDay(java.sql.Date.valueOf("2026-10-01"))).isFalse();
  }
}
