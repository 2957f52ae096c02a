package cn.szftu.studio.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LegalHolidayLibraryTest {

  private final LegalHolidayLibrary library = new LegalHolidayLibrary();

  @Test
  void holidaysOf2026MatchTheStateCouncilNoticeExactly() {
    assertThat(library.specialDays(2026).stream().filter(d -> d.kind() == DayKind.HOLIDAY).map(SpecialDay::date))
        .containsExactlyInAnyOrderElementsOf(Notice2026.HOLIDAYS);
  }

  @Test
  void makeUpWorkdaysOf2026MatchTheStateCouncilNoticeExactly() {
    assertThat(library.specialDays(2026).stream().filter(d -> d.kind() == DayKind.WORKDAY).map(SpecialDay::date))
        .containsExactlyInAnyOrderElementsOf(Notice2026.MAKE_UP_WORKDAYS);
  }

  @Test
  void specialDaysCarryTheLibraryHolidayName() {
    assertThat(library.specialDays(2026)).contains(
        SpecialDay.holiday(LocalDate.parse("2026-02-17"), "春节"),
        SpecialDay.workday(LocalDate.parse("2026-02-28"), "春节"),
        SpecialDay.holiday(LocalDate.parse("2026-10-01"), "国庆节"));
  }

  @Test
  void coversEveryYearFrom2002Through2026() {
    assertThat(library.coveredYears()).containsExactlyElementsOf(IntStream.rangeClosed(2002, 2026).boxed().toList());
  }

  @Test
  void doesNotCoverTheYearWithOnlyMakeUpDaysForTheNextNewYear() {
    assertThat(library.coversYear(2001)).isFalse();
    assertThat(library.specialDays(2001)).isEmpty();
  }

  @Test
  void doesNotCover2027() {
    assertThat(library.coversYear(2027)).isFalse();
  }
}
