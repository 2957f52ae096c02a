package cn.szftu.studio.calendar;

import com.tyme.holiday.LegalHoliday;
import com.tyme.solar.SolarDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Statutory holidays and make-up working days bundled with tyme4j (cn.6tail, MIT licence).
 *
 * <p>tyme4j answers one date at a time by compiling a regular expression and scanning its whole data string, far
 * too slow for day-by-day deadline loops. So its data string is indexed by year once, here; each record is still
 * decoded by tyme4j's own {@link LegalHoliday} constructor, so the meaning of a record stays the library's business.
 */
@Component
public class LegalHolidayLibrary {

  /** yyyyMMdd, work flag, name index, sign and two-digit offset to the holiday itself. */
  private static final Pattern RECORD = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})[01][0-8][+-]\\d{2}");
  private static final int RECORD_LENGTH = 13;

  private final Map<Integer, List<SpecialDay>> daysByYear;

  public LegalHolidayLibrary() {
    // Read once: tyme4j keeps the data in a mutable static field.
    this(LegalHoliday.DATA);
  }

  LegalHolidayLibrary(String data) {
    if (data.length() % RECORD_LENGTH != 0) {
      throw new IllegalStateException("Unexpected tyme4j LegalHoliday.DATA length " + data.length());
    }
    Map<Integer, List<SpecialDay>> byYear = new TreeMap<>();
    for (int start = 0; start < data.length(); start += RECORD_LENGTH) {
      String record = data.substring(start, start + RECORD_LENGTH);
      Matcher matcher = RECORD.matcher(record);
      if (!matcher.matches()) {
        throw new IllegalStateException("Unexpected tyme4j LegalHoliday.DATA record " + record);
      }
      LegalHoliday holiday = new LegalHoliday(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
          Integer.parseInt(matcher.group(3)), record);
      SpecialDay day = toSpecialDay(holiday);
      byYear.computeIfAbsent(day.date().getYear(), y -> new ArrayList<>()).add(day);
    }
    // A year counts only if it has a day off: the data opens with the last days of 2001, make-up working days for
    // New Year 2002, while the 2001 holidays themselves are absent.
    byYear.values().removeIf(days -> days.stream().noneMatch(d -> d.kind() == DayKind.HOLIDAY));
    byYear.replaceAll((year, days) -> List.copyOf(days));
    this.daysByYear = Collections.unmodifiableMap(byYear);
  }

  private static SpecialDay toSpecialDay(LegalHoliday holiday) {
    SolarDay day = holiday.getDay();
    LocalDate date = LocalDate.of(day.getYear(), day.getMonth(), day.getDay());
    return new SpecialDay(date, holiday.isWork() ? DayKind.WORKDAY : DayKind.HOLIDAY, holiday.getName());
  }

  public boolean coversYear(int year) {
    return daysByYear.containsKey(year);
  }

  /** The library's special days in {@code year}; empty when the year is not covered. */
  public List<SpecialDay> specialDays(int year) {
    return daysByYear.getOrDefault(year, List.of());
  }

  public NavigableSet<Integer> coveredYears() {
    return Collections.unmodifiableNavigableSet(new TreeSet<>(daysByYear.keySet()));
  }
}
