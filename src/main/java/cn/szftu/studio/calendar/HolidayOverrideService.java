package cn.szftu.studio.calendar;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and replaces override data, for the admin endpoint and for the overrides file. A year is always replaced as a
 * whole in one transaction, and the working-day cache is dropped once it commits.
 */
@Service
public class HolidayOverrideService {

  private final CalendarYearRepository yearRows;
  private final CalendarOverrideRepository overrideRows;
  private final LegalHolidayLibrary library;
  private final YearOverridesValidator validator;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public HolidayOverrideService(CalendarYearRepository yearRows, CalendarOverrideRepository overrideRows,
      LegalHolidayLibrary library, ApplicationEventPublisher events, Clock clock) {
    this.yearRows = yearRows;
    this.overrideRows = overrideRows;
    this.library = library;
    this.validator = new YearOverridesValidator(library);
    this.events = events;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<YearCoverageView> years() {
    Map<Integer, CalendarYear> overridden = yearRows.findAll().stream()
        .collect(Collectors.toMap(CalendarYear::getYearNumber, Function.identity()));
    Set<Integer> all = new TreeSet<>(library.coveredYears());
    all.addAll(overridden.keySet());
    return all.stream().map(year -> {
      CalendarYear row = overridden.get(year);
      return new YearCoverageView(year, library.coversYear(year), row != null,
          row == null ? null : row.getSource(), row == null ? null : row.getLoadedAt());
    }).toList();
  }

  @Transactional(readOnly = true)
  public YearOverridesView overrides(int year) {
    CalendarYear row = yearRows.findById(year).orElse(null);
    List<OverrideEntry> holidays = new ArrayList<>();
    List<OverrideEntry> workdays = new ArrayList<>();
    for (CalendarOverride day : overrideRows.findByYearNumberOrderByDate(year)) {
      (day.getKind() == DayKind.HOLIDAY ? holidays : workdays).add(new OverrideEntry(day.getDate(), day.getName()));
    }
    return new YearOverridesView(year, library.coversYear(year), row == null ? null : row.getSource(),
        row == null ? null : row.getLoadedAt(), holidays, workdays);
  }

  /**
   * Replaces all overrides of {@code year}. The file fingerprint is kept, so a later restart does not put the file's
   * older version of this year back; only editing that year in the file again does.
   *
   * @throws InvalidOverridesException with every problem found; nothing is written then
   */
  @Transactional
  public YearOverridesView replace(int year, YearOverridesRequest request) {
    List<FieldProblem> problems = validator.check(year, request, "");
    if (!problems.isEmpty()) {
      throw new InvalidOverridesException(problems);
    }
    String fileChecksum = yearRows.findById(year).map(CalendarYear::getFileChecksum).orElse(null);
    write(YearOverrides.normalise(year, request), fileChecksum);
    return overrides(year);
  }

  /**
   * Applies the years listed in the overrides file whose content differs from what was last applied from the file;
   * years absent from the file are left alone. All years are validated before any is written.
   *
   * @return the years written
   * @throws InvalidOverridesException with field paths such as {@code years[0].holidays[2].date}
   */
  @Transactional
  public List<Integer> synchroniseFromFile(List<HolidayOverrideFile.Year> fileYears) {
    List<FieldProblem> problems = new ArrayList<>();
    List<YearOverrides> valid = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < fileYears.size(); i++) {
      String prefix = "years[" + i + "].";
      HolidayOverrideFile.Year entry = fileYears.get(i);
      if (entry == null || entry.year() == null) {
        problems.add(FieldProblem.of(prefix + "year", "年份不能为空"));
        continue;
      }
      if (!seen.add(entry.year())) {
        problems.add(FieldProblem.of(prefix + "year", "年份 " + entry.year() + " 重复"));
        continue;
      }
      List<FieldProblem> yearProblems = validator.check(entry.year(), entry.toRequest(), prefix);
      problems.addAll(yearProblems);
      if (yearProblems.isEmpty()) {
        valid.add(YearOverrides.normalise(entry.year(), entry.toRequest()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidOverridesException(problems);
    }
    Map<Integer, String> applied = new TreeMap<>();
    yearRows.findAll().forEach(row -> applied.put(row.getYearNumber(), row.getFileChecksum()));
    List<Integer> written = new ArrayList<>();
    for (YearOverrides year : valid) {
      String checksum = year.checksum();
      if (!checksum.equals(applied.get(year.year()))) {
        write(year, checksum);
        written.add(year.year());
      }
    }
    return written;
  }

  private void write(YearOverrides data, String fileChecksum) {
    // Delete first: it clears the persistence context, which must not happen to the year row about to be saved.
    overrideRows.deleteByYear(data.year());
    CalendarYear row = yearRows.findById(data.year()).orElseGet(() -> new CalendarYear(data.year()));
    row.record(data.source(), clock.instant(), fileChecksum);
    yearRows.saveAndFlush(row);
    overrideRows.saveAll(data.specialDays().stream().map(CalendarOverride::new).toList());
    events.publishEvent(new CalendarOverridesChanged(data.year()));
  }
}
