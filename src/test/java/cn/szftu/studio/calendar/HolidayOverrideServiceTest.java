package cn.szftu.studio.calendar;

import static cn.szftu.studio.calendar.CalendarJpaTest.SOURCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CalendarJpaTest
class HolidayOverrideServiceTest {

  @Autowired
  private HolidayOverrideService service;
  @Autowired
  private WorkingDays workingDays;
  @Autowired
  private CalendarYearRepository yearRows;
  @Autowired
  private CalendarOverrideRepository overrideRows;
  @Autowired
  private MutableClock clock;

  @BeforeEach
  void emptyTables() {
    overrideRows.deleteAll();
    yearRows.deleteAll();
    workingDays.invalidateOverrides();
  }

  private static OverrideEntry entry(String date, String name) {
    return new OverrideEntry(LocalDate.parse(date), name);
  }

  private static YearOverridesRequest fictional2027() {
    return new YearOverridesRequest(SOURCE,
        List.of(entry("2027-01-01", "元旦"), entry("2027-01-02", "元旦")),
        List.of(entry("2027-01-09", "元旦调休上班")));
  }

  @Test
  void replacementIsUsedByWorkingDaysOnceCommitted() {
    assertThatThrownBy(() -> workingDays.isWorkingDay(LocalDate.parse("2027-01-04")))
        .isInstanceOf(HolidayDataMissingException.class);

    service.replace(2027, fictional2027());

    assertThat(workingDays.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
    assertThat(workingDays.isWorkingDay(LocalDate.parse("2027-01-09"))).isTrue();
    assertThat(workingDays.addWorkingDays(LocalDate.parse("2026-12-28"), 10)).isEqualTo("2027-01-11");
  }

  @Test
  void storedYearReadsBackSortedAndTrimmed() {
    service.replace(2027, new YearOverridesRequest(" " + SOURCE + " ",
        List.of(entry("2027-01-02", " 元旦 "), entry("2027-01-01", "元旦")), null));

    YearOverridesView view = service.overrides(2027);
    assertThat(view.source()).isEqualTo(SOURCE);
    assertThat(view.library()).isFalse();
    assertThat(view.loadedAt()).isEqualTo(clock.instant());
    assertThat(view.holidays()).containsExactly(entry("2027-01-01", "元旦"), entry("2027-01-02", "元旦"));
    assertThat(view.workdays()).isEmpty();
  }

  @Test
  void replacementDropsTheYearsPreviousDays() {
    service.replace(2027, fictional2027());
    service.replace(2027, new YearOverridesRequest(SOURCE, List.of(entry("2027-01-01", "元旦")), List.of()));

    assertThat(overrideRows.findByYearNumberOrderByDate(2027)).extracting(CalendarOverride::getDate)
        .containsExactly(LocalDate.parse("2027-01-01"));
    assertThat(workingDays.isWorkingDay(LocalDate.parse("2027-01-09"))).isFalse();
  }

  @Test
  void refusedReplacementWritesNothing() {
    YearOverridesRequest request = new YearOverridesRequest(SOURCE, List.of(entry("2028-01-01", "元旦")), null);

    assertThatThrownBy(() -> service.replace(2027, request))
        .isInstanceOf(InvalidOverridesException.class)
        .hasMessage("holidays[0].date：日期 2028-01-01 不在 2027 年内");
    assertThat(yearRows.count()).isZero();
  }

  @Test
  void correctionOfALibraryYearWinsForItsDate() {
    service.replace(2026, new YearOverridesRequest(SOURCE, null, List.of(entry("2026-10-07", "国庆节更正"))));

    assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-10-07"))).isTrue();
    assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-10-06"))).isFalse();
  }

  @Test
  void yearsListLibraryAndOverrideSources() {
    service.replace(2026, new YearOverridesRequest(SOURCE, null, List.of(entry("2026-10-07", "国庆节更正"))));
    service.replace(2027, fictional2027());

    List<YearCoverageView> years = service.years();
    assertThat(years).first().isEqualTo(new YearCoverageView(2002, true, false, null, null));
    assertThat(years).filteredOn(y -> y.year() >= 2026).containsExactly(
        new YearCoverageView(2026, true, true, SOURCE, clock.instant()),
        new YearCoverageView(2027, false, true, SOURCE, clock.instant()));
  }
}
