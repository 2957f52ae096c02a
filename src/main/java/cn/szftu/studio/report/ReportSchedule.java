package cn.szftu.studio.report;

import cn.szftu.studio.calendar.WorkingDays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The dates of an annual report on the working-day calendar (holidays and 调休 included): when it is due, when the
 * host unit is reminded, when an overdue report is followed up again, and the due dates of the review tasks. All times
 * are Beijing time.
 *
 * <p>A report year's default due day is the configured day of the following year (e.g. 03-31); when that day is not
 * a working day it moves to the next working day (顺延), as official deadlines do. A reminder "N working days before"
 * goes out on the working day from which the due day is the N-th working day, so it is the inverse of
 * {@link WorkingDays#addWorkingDays}.
 */
@Component
public class ReportSchedule {

  private final WorkingDays workingDays;
  private final AnnualReportProperties properties;

  public ReportSchedule(WorkingDays workingDays, AnnualReportProperties properties) {
    this.workingDays = workingDays;
    this.properties = properties;
  }

  /** The due moment by the configuration: the configured day of the year after {@code reportYear}, at due time. */
  public Instant defaultDueAt(int reportYear) {
    LocalDate configured = properties.dueMonthDay().atYear(reportYear + 1);
    return dueAt(workingDays.addWorkingDays(configured, 0));
  }

  /** The due moment on a given day (the due time of that day). */
  public Instant dueAt(LocalDate dueDay) {
    return at(dueDay, properties.dueLocalTime());
  }

  public boolean isWorkingDay(LocalDate day) {
    return workingDays.isWorkingDay(day);
  }

  public static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, WorkingDays.ZONE);
  }

  /** Every reminder moment of a report due at {@code dueAt}, earliest first. */
  public List<Instant> reminders(Instant dueAt) {
    LocalDate dueDay = day(dueAt);
    return properties.reminderWorkingDays().stream()
        .map(n -> at(workingDaysBefore(dueDay, n), properties.reminderLocalTime()))
        .sorted()
        .toList();
  }

  /** The first reminder strictly after {@code after}; none once the last one has gone out (or its time has passed). */
  public Optional<Instant> nextReminder(Instant dueAt, Instant after) {
    return reminders(dueAt).stream().filter(reminder -> reminder.isAfter(after)).findFirst();
  }

  /**
   * When an overdue report is followed up again: the configured number of working days after the day of the previous
   * notice, at reminder time. Counting from the previous notice, not from when the union answered, keeps the rhythm
   * of notices the same however quickly each union reacts.
   */
  public Instant followUpAfter(Instant previousNotice) {
    return at(workingDays.addWorkingDays(day(previousNotice), properties.followUpWorkingDays()),
        properties.reminderLocalTime());
  }

  /** Working days from the day of {@code from} (excluded) to the due day (included). */
  public long workingDaysLeft(Instant from, Instant dueAt) {
    return workingDays.workingDaysBetween(day(from), day(dueAt));
  }

  /** Working days after the due day up to the day of {@code now}, for telling how long a report is overdue. */
  public long workingDaysOverdue(Instant dueAt, Instant now) {
    return Math.max(0, workingDays.workingDaysBetween(day(dueAt), day(now)));
  }

  /** End of the union's review period for a report filed at {@code filedAt}. */
  public Instant reviewDeadline(Instant filedAt) {
    return workingDays.deadlineAfter(day(filedAt), properties.reviewWorkingDays());
  }

  /** End of the unit's revision period for a report returned at {@code returnedAt}. */
  public Instant revisionDeadline(Instant returnedAt) {
    return workingDays.deadlineAfter(day(returnedAt), properties.revisionWorkingDays());
  }

  /**
   * The working day {@code n} working days before {@code day}: the day from which {@code day} is the n-th working day.
   *
   * @throws cn.szftu.studio.calendar.HolidayDataMissingException when a day examined lies in a year without data
   */
  public LocalDate workingDaysBefore(LocalDate day, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be positive: " + n);
    }
    LocalDate current = day;
    int remaining = n;
    // due days are working days (moved there, or refused on the round's form); any other day has no such inverse
    if (!workingDays.isWorkingDay(current)) {
      throw new IllegalArgumentException(day + " is not a working day");
    }
    while (remaining > 0) {
      current = current.minusDays(1);
      if (workingDays.isWorkingDay(current)) {
        remaining--;
      }
    }
    return current;
  }

  private static Instant at(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(WorkingDays.ZONE).toInstant();
  }
}
