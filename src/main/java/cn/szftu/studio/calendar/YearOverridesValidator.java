package cn.szftu.studio.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a year of override data before anything is written. Messages are Chinese and name the offending field, with
 * a path prefix so the same rules serve the admin API ({@code holidays[2].date}) and the overrides file
 * ({@code years[0].holidays[2].date}).
 */
final class YearOverridesValidator {

  static final int MIN_YEAR = 2000;
  static final int MAX_YEAR = 2099;
  static final int MAX_NAME_LENGTH = 50;
  static final int MAX_SOURCE_LENGTH = 200;

  private final LegalHolidayLibrary library;

  YearOverridesValidator(LegalHolidayLibrary library) {
    this.library = library;
  }

  List<FieldProblem> check(int year, YearOverridesRequest request, String prefix) {
    List<FieldProblem> problems = new ArrayList<>();
    if (year < MIN_YEAR || year > MAX_YEAR) {
      // Every date would then be reported as outside the year, which only buries the real mistake.
      problems.add(FieldProblem.of(prefix + "year", "年份 " + year + " 超出允许范围 " + MIN_YEAR + "–" + MAX_YEAR));
      return problems;
    }
    checkSource(prefix + "source", request.source(), problems);
    List<OverrideEntry> holidays = request.holidays() == null ? List.of() : request.holidays();
    List<OverrideEntry> workdays = request.workdays() == null ? List.of() : request.workdays();
    Set<LocalDate> holidayDates = new HashSet<>();
    for (int i = 0; i < holidays.size(); i++) {
      checkEntry(prefix + "holidays[" + i + "]", year, holidays.get(i), holidayDates, problems);
    }
    Set<LocalDate> workdayDates = new HashSet<>();
    for (int i = 0; i < workdays.size(); i++) {
      String path = prefix + "workdays[" + i + "]";
      LocalDate date = checkEntry(path, year, workdays.get(i), workdayDates, problems);
      if (date != null) {
        checkWorkday(path + ".date", date, holidayDates, problems);
      }
    }
    if (holidays.isEmpty() && !library.coversYear(year)) {
      problems.add(FieldProblem.of(prefix + "holidays", "内置数据不含 " + year + " 年，请至少填写一个法定节假日"));
    }
    return problems;
  }

  private static void checkSource(String path, String source, List<FieldProblem> problems) {
    if (source == null || source.isBlank()) {
      problems.add(FieldProblem.of(path, "来源不能为空，请填写国务院办公厅通知的标题"));
    } else if (length(source) > MAX_SOURCE_LENGTH) {
      problems.add(FieldProblem.of(path, "来源不能超过 " + MAX_SOURCE_LENGTH + " 个字符"));
    }
  }

  /** Answers the entry's date if it is usable for further checks, or null. */
  private static LocalDate checkEntry(String path, int year, OverrideEntry entry, Set<LocalDate> seen,
      List<FieldProblem> problems) {
    if (entry == null) {
      problems.add(FieldProblem.of(path, "不能为空"));
      return null;
    }
    if (entry.name() == null || entry.name().isBlank()) {
      problems.add(FieldProblem.of(path + ".name", "名称不能为空"));
    } else if (length(entry.name()) > MAX_NAME_LENGTH) {
      problems.add(FieldProblem.of(path + ".name", "名称不能超过 " + MAX_NAME_LENGTH + " 个字符"));
    }
    LocalDate date = entry.date();
    if (date == null) {
      problems.add(FieldProblem.of(path + ".date", "日期不能为空"));
      return null;
    }
    if (date.getYear() != year) {
      problems.add(FieldProblem.of(path + ".date", "日期 " + date + " 不在 " + year + " 年内"));
      return null;
    }
    if (!seen.add(date)) {
      problems.add(FieldProblem.of(path + ".date", "日期 " + date + " 重复"));
      return null;
    }
    return date;
  }

  private void checkWorkday(String path, LocalDate date, Set<LocalDate> holidayDates, List<FieldProblem> problems) {
    if (holidayDates.contains(date)) {
      problems.add(FieldProblem.of(path, "日期 " + date + " 同时出现在 holidays 中，同一天不能既放假又上班"));
    } else if (!isWeekend(date) && !isLibraryHoliday(date)) {
      // A weekday workday only means something when it cancels a holiday wrongly listed by the library.
      String weekday = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA);
      problems.add(FieldProblem.of(path, date + " 是" + weekday + "，本来就是工作日，无需设为调休上班"));
    }
  }

  private boolean isLibraryHoliday(LocalDate date) {
    return library.specialDays(date.getYear()).stream()
        .anyMatch(day -> day.date().equals(date) && day.kind() == DayKind.HOLIDAY);
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /** Counted in characters as the database counts them, so a supplementary-plane character is one, not two. */
  private static int length(String text) {
    String stripped = text.strip();
    return stripped.codePointCount(0, stripped.length());
  }
}
