package cn.szftu.studio.calendar;

import static cn.szftu.studio.calendar.CalendarJpaTest.SOURCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

@CalendarJpaTest
class HolidayOverrideFileSyncTest {

  private static final String FICTIONAL_2027 = """
      # 虚构的测试数据
      years:
        - year: 2027
          source: %s
          holidays:
            - { date: 2027-01-01, name: 元旦 }
          workdays:
            - { date: 2027-01-09, name: 元旦调休上班 }
      """.formatted(SOURCE);

  /** The same year with the make-up Saturday dropped and 4 January made a holiday. */
  private static final String EDITED_2027 = """
      years:
        - year: 2027
          source: %s
          holidays:
            - { date: 2027-01-01, name: 元旦 }
            - { date: 2027-01-04, name: 元旦 }
      """.formatted(SOURCE);

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
  @TempDir
  private Path directory;

  @BeforeEach
  void emptyTables() {
    overrideRows.deleteAll();
    yearRows.deleteAll();
    workingDays.invalidateOverrides();
  }

  private HolidayOverrideFileSync syncOf(String yaml) throws IOException {
    Path file = directory.resolve("holiday-overrides.yaml");
    Files.writeString(file, yaml);
    return new HolidayOverrideFileSync(service, new FileSystemResource(file));
  }

  private Instant loadedAt(int year) {
    return yearRows.findById(year).orElseThrow().getLoadedAt();
  }

  @Test
  void shippedFileHoldsNoYears() {
    assertThat(new HolidayOverrideFileSync(service, new ClassPathResource("calendar/holiday-overrides.yaml"))
        .synchronise()).isEmpty();
    assertThat(yearRows.count()).isZero();
  }

  @Test
  void unchangedFileWritesNothingOnRestart() throws IOException {
    assertThat(syncOf(FICTIONAL_2027).synchronise()).containsExactly(2027);
    Instant firstLoad = loadedAt(2027);
    clock.advance(Duration.ofDays(1));

    assertThat(syncOf(FICTIONAL_2027).synchronise()).isEmpty();
    assertThat(loadedAt(2027)).isEqualTo(firstLoad);
    assertThat(workingDays.isWorkingDay(LocalDate.parse("2027-01-09"))).isTrue();
  }

  @Test
  void editedFileReplacesTheYear() throws IOException {
    syncOf(FICTIONAL_2027).synchronise();
    clock.advance(Duration.ofDays(1));

    assertThat(syncOf(EDITED_2027).synchronise()).containsExactly(2027);

    assertThat(loadedAt(2027)).isEqualTo(clock.instant());
    assertThat(workingDays.isWorkingDay(LocalDate.parse("2027-01-04"))).isFalse();
    assertThat(workingDays.isWorkingDay(LocalDate.parse("2027-01-09"))).isFalse();
  }

  @Test
  void adminChangeSurvivesARestartWithTheSameFile() throws IOException {
    syncOf(FICTIONAL_2027).synchronise();
    service.replace(2027, new YearOverridesRequest("管理员更正（虚构数据）",
        List.of(new OverrideEntry(LocalDate.parse("2027-01-01"), "元旦")), List.of()));

    assertThat(syncOf(FICTIONAL_2027).synchronise()).isEmpty();
    assertThat(service.overrides(2027).source()).isEqualTo("管理员更正（虚构数据）");
    assertThat(workingDays.isWorkingDay(LocalDate.parse("2027-01-09"))).isFalse();
  }

  @Test
  void invalidFileIsRefusedWithTheFieldPath() throws IOException {
    HolidayOverrideFileSync sync = syncOf(FICTIONAL_2027.replace("2027-01-01", "2028-01-01"));

    assertThatThrownBy(sync::synchronise)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("years[0].holidays[0].date：日期 2028-01-01 不在 2027 年内");
    assertThat(yearRows.count()).isZero();
  }

  @Test
  void fileWithOnlyCommentsHoldsNoYears() throws IOException {
    assertThat(syncOf("# 暂无覆盖数据\n").synchronise()).isEmpty();
  }
}
