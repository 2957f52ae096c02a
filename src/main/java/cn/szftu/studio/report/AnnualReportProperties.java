package cn.szftu.studio.report;

import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.TreeSet;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When annual reports are due and when the host units and unions hear about it (SPEC §5: the due date is a parameter).
 *
 * @param dueDate              month and day ({@code MM-dd}) of the year after the report year by which the report is
 *                             due, unless the city office sets a date when it starts the round; default {@code 03-31}
 * @param dueTime              time of day (Beijing) at which it is due; default {@code 18:00}, like application windows
 * @param reminderTime         time of day (Beijing) at which reminders and repeated overdue notices go out; default
 *                             {@code 09:00}
 * @param reminderWorkingDays  how many working days before the due day each reminder goes out; default 10 and 3
 * @param followUpWorkingDays  working days between two overdue notices while the report is still missing; default 10
 * @param reviewWorkingDays    working days the union has to review a filed report (the task's due date); default 10
 * @param revisionWorkingDays  working days the unit has to revise a returned report (the task's due date); default 10
 */
@ConfigurationProperties("studio.annual-report")
public record AnnualReportProperties(String dueDate, String dueTime, String reminderTime,
    List<Integer> reminderWorkingDays, Integer followUpWorkingDays, Integer reviewWorkingDays,
    Integer revisionWorkingDays) {

  static final int MAX_WORKING_DAYS = 60;

  public AnnualReportProperties {
    dueDate = dueDate == null || dueDate.isBlank() ? "03-31" : dueDate.strip();
    dueTime = dueTime == null || dueTime.isBlank() ? "18:00" : dueTime.strip();
    reminderTime = reminderTime == null || reminderTime.isBlank() ? "09:00" : reminderTime.strip();
    reminderWorkingDays = reminderWorkingDays == null ? List.of(10, 3)
        : List.copyOf(new TreeSet<>(reminderWorkingDays).descendingSet());
    followUpWorkingDays = followUpWorkingDays == null ? 10 : followUpWorkingDays;
    reviewWorkingDays = reviewWorkingDays == null ? 10 : reviewWorkingDays;
    revisionWorkingDays = revisionWorkingDays == null ? 10 : revisionWorkingDays;
    monthDay(dueDate);
    time("due-time", dueTime);
    time("reminder-time", reminderTime);
    for (int days : reminderWorkingDays) {
      range("reminder-working-days", days);
    }
    range("follow-up-working-days", followUpWorkingDays);
    range("review-working-days", reviewWorkingDays);
    range("revision-working-days", revisionWorkingDays);
  }

  /** The configured due day in the year after the report year. */
  public MonthDay dueMonthDay() {
    return monthDay(dueDate);
  }

  public LocalTime dueLocalTime() {
    return LocalTime.parse(dueTime);
  }

  public LocalTime reminderLocalTime() {
    return LocalTime.parse(reminderTime);
  }

  private static MonthDay monthDay(String text) {
    try {
      return MonthDay.parse("--" + text);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("studio.annual-report.due-date 应写作“月-日”，如 03-31（现为“" + text + "”）");
    }
  }

  private static void time(String name, String text) {
    try {
      LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("studio.annual-report." + name + " 应写作“时:分”，如 18:00（现为“" + text + "”）");
    }
  }

  private static void range(String name, int days) {
    if (days < 1 || days > MAX_WORKING_DAYS) {
      throw new IllegalStateException("studio.annual-report." + name + " 应在 1 到 " + MAX_WORKING_DAYS
          + " 个工作日之间（现为 " + days + "）");
    }
  }
}
