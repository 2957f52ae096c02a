package cn.szftu.studio;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Dates and times as shown on the pages, always in Shenzhen time whatever the server's zone. */
public final class DisplayDates {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日")
      .withZone(ClockConfiguration.ZONE);
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm")
      .withZone(ClockConfiguration.ZONE);

  private DisplayDates() {
  }

  /**
   * The last day of a period. Deadlines are stored as the first instant after the period (00:00 of the next day), so
   * the day to show is the one that contains the second before it.
   */
  public static String lastDay(Instant deadline) {
    return deadline == null ? null : DAY.format(deadline.minusSeconds(1));
  }

  public static String dateTime(Instant instant) {
    return instant == null ? null : DATE_TIME.format(instant);
  }
}
