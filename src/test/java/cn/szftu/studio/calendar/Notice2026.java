package cn.szftu.studio.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The 2026 arrangement as published in 《国务院办公厅关于2026年部分节假日安排的通知》, written out independently of
 * tyme4j so the tests can check the library against it.
 */
final class Notice2026 {

  static final List<LocalDate> HOLIDAYS = Stream.of(
      range("2026-01-01", "2026-01-03"),  // 元旦
      range("2026-02-15", "2026-02-23"),  // 春节
      range("2026-04-04", "2026-04-06"),  // 清明节
      range("2026-05-01", "2026-05-05"),  // 劳动节
      range("2026-06-19", "2026-06-21"),  // 端午节
      range("2026-09-25", "2026-09-27"),  // 中秋节
      range("2026-10-01", "2026-10-07"))  // 国庆节
      .flatMap(List::stream).toList();

  static final List<LocalDate> MAKE_UP_WORKDAYS = Stream.of(
      "2026-01-04",                // 元旦, Sunday
      "2026-02-14", "2026-02-28",  // 春节, Saturdays
      "2026-05-09",                // 劳动节, Saturday
      "2026-09-20", "2026-10-10")  // 国庆节, Sunday and Saturday
      .map(LocalDate::parse).toList();

  private Notice2026() {
  }

  private static List<LocalDate> range(String first, String last) {
    return LocalDate.parse(first).datesUntil(LocalDate.parse(last).plusDays(1)).toList();
  }
}
