package cn.szftu.studio.registry.web;

import cn.szftu.studio.ClockConfiguration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Dates of the registry pages: "2026年12月28日" in tables, and the certificate's formal form "二〇二六年十二月二十八日"
 * (year digit by digit with 〇, month and day as numbers in words), as Chinese certificates and documents write them.
 */
final class ChineseDates {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final String DIGITS = "〇一二三四五六七八九";

  private ChineseDates() {
  }

  static String day(LocalDate date) {
    return date == null ? null : DAY.format(date);
  }

  /** The Shenzhen calendar day of an instant. */
  static String day(Instant instant) {
    return instant == null ? null : day(instant.atZone(ClockConfiguration.ZONE).toLocalDate());
  }

  /** 二〇二六年十二月二十八日. */
  static String formal(LocalDate date) {
    if (date == null) {
      return null;
    }
    StringBuilder year = new StringBuilder();
    for (char c : String.valueOf(date.getYear()).toCharArray()) {
      year.append(DIGITS.charAt(c - '0'));
    }
    return year + "年" + number(date.getMonthValue()) + "月" + number(date.getDayOfMonth()) + "日";
  }

  /** 1..31 in words: 一, 十, 十二, 二十, 二十八, 三十一. */
  static String number(int n) {
    if (n < 1 || n > 99) {
      throw new IllegalArgumentException("not a month or day: " + n);
    }
    int tens = n / 10;
    int ones = n % 10;
    String text = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十";
    return ones == 0 ? text : text + DIGITS.charAt(ones);
  }
}
