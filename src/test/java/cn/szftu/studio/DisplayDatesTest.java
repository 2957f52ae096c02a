package cn.szftu.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class DisplayDatesTest {

  @Test
  void deadlineShowsTheLastDayNotTheMidnightAfterIt() {
    // stored deadline: 2026-12-10 00:00 in Shenzhen = 2026-12-09T16:00Z; the last day to act is 9 December
    Instant deadline = ZonedDateTime.of(2026, 12, 10, 0, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant();
    assertThat(DisplayDates.lastDay(deadline)).isEqualTo("2026年12月9日");
  }

  @Test
  void shenzhenTimeWhateverTheServersZone() {
    TimeZone original = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
      assertThat(DisplayDates.dateTime(Instant.parse("2026-11-24T18:05:00Z"))).isEqualTo("2026年11月25日 02:05");
      assertThat(DisplayDates.lastDay(Instant.parse("2027-01-04T16:00:00Z"))).isEqualTo("2027年1月4日");
    } finally {
      TimeZone.setDefault(original);
    }
  }

  @Test
  void absentValuesStayAbsent() {
    assertThat(DisplayDates.lastDay(null)).isNull();
    assertThat(DisplayDates.dateTime(null)).isNull();
  }
}
