package cn.szftu.studio.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChineseDatesTest {

  @Test
  void formalDateWritesTheYearDigitByDigitAndMonthAndDayInWords() {
    assertThat(ChineseDates.formal(LocalDate.of(2026, 12, 28))).isEqualTo("二〇二六年十二月二十八日");
    assertThat(ChineseDates.formal(LocalDate.of(2030, 1, 10))).isEqualTo("二〇三〇年一月十日");
    assertThat(ChineseDates.formal(LocalDate.of(2027, 10, 1))).isEqualTo("二〇二七年十月一日");
    assertThat(ChineseDates.formal(LocalDate.of(2027, 3, 31))).isEqualTo("二〇二七年三月三十一日");
    assertThat(ChineseDates.formal(LocalDate.of(2027, 11, 20))).isEqualTo("二〇二七年十一月二十日");
    assertThat(ChineseDates.formal(null)).isNull();
  }

  @Test
  void dayIsTheShenzhenCalendarDay() {
    assertThat(ChineseDates.day(LocalDate.of(2026, 3, 5))).isEqualTo("2026年3月5日");
    // 2026-12-31 17:00 UTC is already 1 January in Shenzhen
    assertThat(ChineseDates.day(Instant.parse("2026-12-31T17:00:00Z"))).isEqualTo("2027年1月1日");
  }
}
