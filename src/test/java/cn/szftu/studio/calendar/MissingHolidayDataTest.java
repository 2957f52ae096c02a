package cn.szftu.studio.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MissingHolidayDataTest {

  private static final LegalHolidayLibrary LIBRARY = new LegalHolidayLibrary();

  private final WorkingDays workingDays = new WorkingDays(LIBRARY, () -> OverrideSnapshot.EMPTY);

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void aDateIn2027WithoutDataIsAnError() {
    assertThatThrownBy(() -> workingDays.isWorkingDay(date("2027-01-04")))
        .isInstanceOf(HolidayDataMissingException.class)
        .hasMessage("缺少 2027 年的法定节假日安排，请管理员补充节假日数据后再试")
        .extracting(e -> ((HolidayDataMissingException) e).getYear()).isEqualTo(2027);
  }

  @Test
  void aComputationCrossingInto2027IsAnError() {
    assertThatThrownBy(() -> workingDays.addWorkingDays(date("2026-12-28"), 10))
        .isInstanceOf(HolidayDataMissingException.class).hasMessageContaining("2027");
    assertThatThrownBy(() -> workingDays.workingDaysBetween(date("2026-12-01"), date("2027-01-10")))
        .isInstanceOf(HolidayDataMissingException.class);
    assertThatThrownBy(() -> workingDays.deadlineAfter(date("2026-12-31"), 1))
        .isInstanceOf(HolidayDataMissingException.class);
  }

  @Test
  void answersTheStretchStillInsideACoveredYear() {
    assertThat(workingDays.addWorkingDays(date("2026-12-28"), 3)).isEqualTo("2026-12-31");
  }
}
