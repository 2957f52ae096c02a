package cn.szftu.studio.report;

import static cn.szftu.studio.report.AnnualReportRoundProcess.FIELD_DUE_DATE;
import static cn.szftu.studio.report.AnnualReportRoundProcess.FIELD_REPORT_YEAR;

import cn.szftu.studio.DisplayDates;
import cn.szftu.studio.application.form.FieldReader;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.calendar.HolidayDataMissingException;
import cn.szftu.studio.calendar.WorkingDays;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Reads and checks the start form of a round (发起年度报告): the report year and, optionally, the due date. Without a
 * date the report is due by the configured rule (e.g. 03-31 of the next year, moved to a working day). The due date
 * must be a working day after today, with holiday data for every reminder; a year already started keeps its due date.
 */
public final class RoundForm {

  public static final Set<String> FIELDS = Set.of(FIELD_REPORT_YEAR, FIELD_DUE_DATE);
  static final int FIRST_YEAR = 2020;

  /** What the office asked for. */
  public record Round(int reportYear, Instant dueAt) {
  }

  private RoundForm() {
  }

  /**
   * @param existingDueAt the due moment of a round already started for a year, if any: starting the year again keeps it
   */
  public static Round read(Map<String, Object> values, Instant now, ReportSchedule schedule,
      IntFunction<Optional<Instant>> existingDueAt) {
    FieldReader in = new FieldReader(values, Map.of(FIELD_REPORT_YEAR, "报告年度", FIELD_DUE_DATE, "报送截止日期")::get);
    in.refuseUnknown(FIELDS);
    LocalDate today = LocalDate.ofInstant(now, WorkingDays.ZONE);
    Integer year = in.integer(FIELD_REPORT_YEAR, true, FIRST_YEAR, today.getYear());
    LocalDate dueDay = in.date(FIELD_DUE_DATE, false, today.plusDays(1), today.plusYears(2));
    Instant dueAt = null;
    if (year != null && in.problems().isEmpty()) {
      Optional<Instant> existing = existingDueAt.apply(year);
      if (existing.isPresent()) {
        // started again: only studios named since are added, and they are due with everyone else
        dueAt = existing.get();
        if (dueDay != null && !schedule.dueAt(dueDay).equals(dueAt)) {
          in.problem(FIELD_DUE_DATE, year + " 年度报告已经发起，报送截止时间为 " + DisplayDates.dateTime(dueAt)
              + "；再次发起只为此后命名的工作室补发，截止时间不变，请留空或填写 " + ReportSchedule.day(dueAt));
        }
      } else {
        dueAt = dueAt(in, year, dueDay, now, schedule);
      }
    }
    if (!in.problems().isEmpty()) {
      throw new InvalidSubmissionException(in.problems());
    }
    return new Round(year, dueAt);
  }

  private static Instant dueAt(FieldReader in, int year, LocalDate dueDay, Instant now, ReportSchedule schedule) {
    try {
      Instant dueAt;
      if (dueDay == null) {
        dueAt = schedule.defaultDueAt(year);
        if (!dueAt.isAfter(now)) {
          in.problem(FIELD_DUE_DATE, "按默认规则 " + year + " 年度报告的截止时间为 " + DisplayDates.dateTime(dueAt)
              + "，已经过去，请填写报送截止日期");
          return null;
        }
      } else {
        if (!schedule.isWorkingDay(dueDay)) {
          in.problem(FIELD_DUE_DATE, "“" + dueDay + "”不是工作日，报送截止日期应为工作日");
          return null;
        }
        dueAt = schedule.dueAt(dueDay);
      }
      // reminders reach back into the calendar too: refuse now rather than fail when the instance starts
      schedule.reminders(dueAt);
      return dueAt;
    } catch (HolidayDataMissingException e) {
      in.problem(FIELD_DUE_DATE, e.getMessage());
      return null;
    }
  }
}
