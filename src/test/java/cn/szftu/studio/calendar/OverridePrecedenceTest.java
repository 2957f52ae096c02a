package cn.szftu.studio.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class OverridePrecedenceTest {

  private static final LegalHolidayLibrary LIBRARY = new LegalHolidayLibrary();

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  // Fictional 2027 data for the test only, not the official 2027 arrangement.
  private final OverrideSnapshot fictional2027 = OverrideSnapshot.of(Set.of(2027), List.of(
      SpecialDay.holiday(date("2027-01-01"), "元旦"),
      SpecialDay.workday(date("2027-01-09"), "元旦调休上班")));

  @Test
  void answer2027FromOverrideData() {
    WorkingDays withOverrides = new WorkingDays(LIBRARY, () -> fictional2027);
    assertThat(withOverrides.isWorkingDay(date("2027-01-01"))).isFalse();
    assertThat(withOverrides.isWorkingDay(date("2027-01-09"))).isTrue();
    assertThat(withOverrides.isWorkingDay(date("2027-01-10"))).isFalse();
    assertThat(withOverrides.isWorkingDay(date("2027-01-04"))).isTrue();
    // 29, 30, 31 December; 4–9 January (the 9th a make-up Saturday); 11 January.
    assertThat(withOverrides.addWorkingDays(date("2026-12-28"), 10)).isEqualTo("2027-01-11");
  }

  @Test
  void winOverLibraryDataForTheSameDate() {
    WorkingDays corrected = new WorkingDays(LIBRARY, () -> OverrideSnapshot.of(Set.of(), List.of(
        SpecialDay.workday(date("2026-10-07"), "国庆节更正"),
        SpecialDay.holiday(date("2026-03-09"), "临时放假"))));
    assertThat(corrected.isWorkingDay(date("2026-10-07"))).isTrue();
    assertThat(corrected.isWorkingDay(date("2026-03-09"))).isFalse();
    assertThat(corrected.addWorkingDays(date("2026-09-30"), 1)).isEqualTo("2026-10-07");
    assertThat(corrected.isWorkingDay(date("2026-10-06"))).isFalse();
  }

  @Test
  void daysAloneDoNotMakeAYearCovered() {
    WorkingDays partial = new WorkingDays(LIBRARY, () -> OverrideSnapshot.of(Set.of(), fictional2027
        .specialDays(2027)));
    assertThatThrownBy(() -> partial.isWorkingDay(date("2027-01-04")))
        .isInstanceOf(HolidayDataMissingException.class);
  }

  @Test
  void areLoadedOnceAndReloadedAfterInvalidation() {
    AtomicInteger loads = new AtomicInteger();
    AtomicReference<OverrideSnapshot> data = new AtomicReference<>(OverrideSnapshot.EMPTY);
    WorkingDays cached = new WorkingDays(LIBRARY, () -> {
      loads.incrementAndGet();
      return data.get();
    });
    assertThat(cached.isWorkingDay(date("2026-03-09"))).isTrue();
    assertThat(cached.addWorkingDays(date("2026-03-06"), 5)).isEqualTo("2026-03-13");
    assertThat(loads).hasValue(1);

    data.set(OverrideSnapshot.of(Set.of(), List.of(SpecialDay.holiday(date("2026-03-09"), "临时放假"))));
    assertThat(cached.isWorkingDay(date("2026-03-09"))).as("still cached").isTrue();
    cached.onOverridesChanged(new CalendarOverridesChanged(2026));
    assertThat(cached.isWorkingDay(date("2026-03-09"))).isFalse();
    assertThat(loads).hasValue(2);
  }
}
