package cn.szftu.studio.calendar;

import cn.szftu.studio.ClockConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The mainland-China working-day calendar (工作日历): Monday to Friday are working days unless they are a statutory
 * holiday, Saturday and Sunday are rest days unless they are a make-up working day.
 *
 * <p>Data comes from tyme4j, with administrator overrides winning date by date. A question about a year for which
 * neither has data throws {@link HolidayDataMissingException}, also when a computation merely passes through that
 * year.
 *
 * <p>Registered as {@code workingDays} so BPMN expressions can use it, e.g. a timer {@code timeDate} or a task
 * {@code dueDate} of {@code ${workingDays.deadline(now(), 10)}}.
 */
@Component("workingDays")
public class WorkingDays {

  /** Statutory dates are Beijing-time dates whatever zone the server runs in. */
  public static final ZoneId ZONE = ClockConfiguration.ZONE;

  /**
   * How long loaded overrides are used before their version is compared with the database's: another node's change
   * (an administrator's correction on node A) reaches this node within this time, without any event between nodes.
   */
  static final Duration RECHECK_AFTER = Duration.ofSeconds(5);

  private final LegalHolidayLibrary library;
  private final HolidayOverrides overrides;
  private final LongSupplier nanoTime;
  private final AtomicLong overridesGeneration = new AtomicLong();
  private volatile Loaded loaded;

  @Autowired
  public WorkingDays(LegalHolidayLibrary library, HolidayOverrides overrides) {
    this(library, overrides, System::nanoTime);
  }

  WorkingDays(LegalHolidayLibrary library, HolidayOverrides overrides, LongSupplier nanoTime) {
    this.library = library;
    this.overrides = overrides;
    this.nanoTime = nanoTime;
  }

  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return schedules().year(date.getYear()).isWorkingDay(date);
  }

  /**
   * The date {@code n} working days after {@code start}; {@code start} itself is not counted, so from a Friday one
   * working day is the next Monday (holidays permitting).
   *
   * <p>{@code n = 0} returns {@code start} when it is a working day, otherwise the first working day after it: "zero
   * working days from now" should still land on a day when someone is at work.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   * @throws HolidayDataMissingException if a day that has to be examined lies in a year without holiday data
   */
  public LocalDate addWorkingDays(LocalDate start, int n) {
    Objects.requireNonNull(start, "start");
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative: " + n);
    }
    MergedSchedules schedules = schedules();
    LocalDate day = start;
    YearSchedule year = null;
    if (n == 0) {
      year = schedules.year(day.getYear());
      while (!year.isWorkingDay(day)) {
        day = day.plusDays(1);
        year = sameYearOrNext(schedules, year, day);
      }
      return day;
    }
    int remaining = n;
    while (remaining > 0) {
      day = day.plusDays(1);
      year = sameYearOrNext(schedules, year, day);
      if (year.isWorkingDay(day)) {
        remaining--;
      }
    }
    return day;
  }

  /**
   * The end of the working day {@code addWorkingDays(start, n)}, taken as 00:00 Beijing time of the following calendar
   * day: an exclusive bound, so anything done before this instant is on time, and a timer set to it fires exactly as
   * the last working day ends (rather than one second early at 23:59:59).
   */
  public Instant deadlineAfter(LocalDate start, int n) {
    return addWorkingDays(start, n).plusDays(1).atStartOfDay(ZONE).toInstant();
  }

  /**
   * Working days in the half-open range ({@code from}, {@code to}]: {@code from} is excluded and {@code to} included,
   * matching {@link #addWorkingDays}, so {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} for n &ge; 1. When
   * {@code to} is before {@code from} the result is the negated count of ({@code to}, {@code from}], like
   * {@link java.time.temporal.ChronoUnit#between}.
   */
  public long workingDaysBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    MergedSchedules schedules = schedules();
    YearSchedule first = schedules.year(from.getYear());
    if (from.getYear() == to.getYear()) {
      return first.workingDaysThrough(to) - first.workingDaysThrough(from);
    }
    long count = first.workingDaysInYear() - first.workingDaysThrough(from);
    for (int year = from.getYear() + 1; year < to.getYear(); year++) {
      count += schedules.year(year).workingDaysInYear();
    }
    return count + schedules.year(to.getYear()).workingDaysThrough(to);
  }

  /**
   * Expression-friendly form of {@link #deadlineAfter}: counts from the Beijing-time date of {@code from}, whatever
   * the time of day, so {@code deadline(now(), 10)} gives the same deadline all day long.
   */
  public Date deadline(Date from, int n) {
    Objects.requireNonNull(from, "from");
    return Date.from(deadlineAfter(beijingDate(from), n));
  }

  /** Expression-friendly form of {@link #isWorkingDay(LocalDate)} for the Beijing-time date of {@code moment}. */
  public boolean isWorkingDay(Date moment) {
    Objects.requireNonNull(moment, "moment");
    return isWorkingDay(beijingDate(moment));
  }

  private static LocalDate beijingDate(Date moment) {
    // getTime() rather than toInstant(): java.sql.Date, which a process variable may hold, refuses toInstant().
    return LocalDate.ofInstant(Instant.ofEpochMilli(moment.getTime()), ZONE);
  }

  private static YearSchedule sameYearOrNext(MergedSchedules schedules, YearSchedule current, LocalDate day) {
    return current != null && current.year() == day.getYear() ? current : schedules.year(day.getYear());
  }

  @TransactionalEventListener(fallbackExecution = true)
  void onOverridesChanged(CalendarOverridesChanged event) {
    invalidateOverrides();
  }

  /** Makes the next question reload overrides; runs after commit so the reload sees the new rows. */
  void invalidateOverrides() {
    overridesGeneration.incrementAndGet();
  }

  private MergedSchedules schedules() {
    // The generation is read before loading: a load that overlaps an invalidation is tagged with the old generation
    // and therefore never served after it.
    long generation = overridesGeneration.get();
    Loaded current = loaded;
    long now = nanoTime.getAsLong();
    if (current != null && current.generation() == generation) {
      if (now - current.checkedAt() < RECHECK_AFTER.toNanos()) {
        return current.schedules();
      }
      Object version = overrides.version();
      if (Objects.equals(version, current.version())) {
        loaded = new Loaded(generation, version, current.schedules(), now);
        return current.schedules();
      }
    }
    // The version is read before the data: a change in between is seen as a newer version at the next check.
    Object version = overrides.version();
    MergedSchedules fresh = new MergedSchedules(library, overrides.load());
    loaded = new Loaded(generation, version, fresh, now);
    return fresh;
  }

  private record Loaded(long generation, Object version, MergedSchedules schedules, long checkedAt) {
  }
}
