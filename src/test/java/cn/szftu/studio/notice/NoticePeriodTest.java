package cn.szftu.studio.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.szftu.studio.calendar.LegalHolidayLibrary;
import cn.szftu.studio.calendar.OverrideSnapshot;
import cn.szftu.studio.calendar.WorkingDays;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The notice period on the 2026 holiday calendar (State Council notice of 2025-11): hand-checked dates. */
class NoticePeriodTest {

  private final WorkingDays workingDays = new WorkingDays(new LegalHolidayLibrary(), () -> OverrideSnapshot.EMPTY);

  private NoticePeriod period(String publishedOn, int days) {
    return NoticePeriod.of(workingDays, LocalDate.parse(publishedOn), days);
  }

  @Test
  void anOrdinaryWeekStartsTheNextWorkingDayAndSkipsTheWeekend() {
    // published Wednesday 2026-11-25: Thu 26, Fri 27, Mon 30, Tue 1 Dec, Wed 2 Dec
    NoticePeriod p = period("2026-11-25", 5);
    assertThat(p.firstDay()).isEqualTo(LocalDate.parse("2026-11-26"));
    assertThat(p.lastDay()).isEqualTo(LocalDate.parse("2026-12-02"));
    assertThat(p.endsAt()).isEqualTo(ZonedDateTime.parse("2026-12-03T00:00+08:00").toInstant());
  }

  @Test
  void nationalDayHolidaysAreSkippedAndTheMakeUpSaturdayCounts() {
    // published Tue 2026-09-29: Wed 30 Sep; 1–7 Oct holiday; Thu 8, Fri 9, Sat 10 (make-up working day), Mon 12
    NoticePeriod p = period("2026-09-29", 5);
    assertThat(p.firstDay()).isEqualTo(LocalDate.parse("2026-09-30"));
    assertThat(p.lastDay()).isEqualTo(LocalDate.parse("2026-10-12"));
    assertThat(p.endsAt()).isEqualTo(ZonedDateTime.parse("2026-10-13T00:00+08:00").toInstant());
  }

  @Test
  void aMakeUpSundayCountsAndTheMidAutumnFestivalDoesNot() {
    // published Fri 2026-09-18: Sun 20 (make-up), Mon 21, Tue 22, Wed 23, Thu 24; Fri 25 is 中秋节
    NoticePeriod p = period("2026-09-18", 5);
    assertThat(p.firstDay()).isEqualTo(LocalDate.parse("2026-09-20"));
    assertThat(p.lastDay()).isEqualTo(LocalDate.parse("2026-09-24"));
    NoticePeriod longer = period("2026-09-18", 6);
    assertThat(longer.lastDay()).isEqualTo(LocalDate.parse("2026-09-28"));
  }

  @Test
  void springFestivalIsSkippedWithItsMakeUpSaturdays() {
    // published Thu 2026-02-12: Fri 13, Sat 14 (make-up); 15–23 holiday; Tue 24, Wed 25, Thu 26
    NoticePeriod p = period("2026-02-12", 5);
    assertThat(p.firstDay()).isEqualTo(LocalDate.parse("2026-02-13"));
    assertThat(p.lastDay()).isEqualTo(LocalDate.parse("2026-02-26"));
  }

  @Test
  void aNoticeLastsAtLeastOneWorkingDay() {
    assertThatThrownBy(() -> period("2026-11-25", 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
