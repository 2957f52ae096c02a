package cn.szftu.studio.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.szftu.studio.calendar.HolidayDataMissingException;
import cn.szftu.studio.calendar.LegalHolidayLibrary;
import cn.szftu.studio.calendar.OverrideSnapshot;
import cn.szftu.studio.calendar.WorkingDays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Due, reminder and follow-up dates on the 2026 calendar: Spring Festival 16–23 February with make-up Saturdays 14 and
 * 28 February, National Day 1–7 October with make-up days Sunday 20 September and Saturday 10 October, Mid-Autumn
 * Friday 25 September.
 */
class ReportScheduleTest {

  private static final WorkingDays WORKING_DAYS = new WorkingDays(new LegalHolidayLibrary(),
      () -> OverrideSnapshot.EMPTY);

  private static ReportSchedule schedule(String dueDate) {
    return new ReportSchedule(WORKING_DAYS, new AnnualReportProperties(dueDate, null, null, null, null, null, null));
  }

  private static final ReportSchedule DEFAULTS = schedule(null);

  private static Instant at(String beijingTime) {
    return OffsetDateTime.parse(beijingTime + "+08:00").toInstant();
  }

  @Test
  void reportYearIsDueOnTheLastDayOfMarchOfTheNextYearAtSixInTheEvening() {
    assertThat(DEFAULTS.defaultDueAt(2025)).isEqualTo(at("2026-03-31T18:00"));
  }

  @Test
  void remindersGoOutTenAndThreeWorkingDaysBeforeTheDueDayAtNine() {
    // 31 March 2026 is a Tuesday: three working days before is Thursday 26th, ten is Tuesday 17th
    assertThat(DEFAULTS.reminders(at("2026-03-31T18:00")))
        .containsExactly(at("2026-03-17T09:00"), at("2026-03-26T09:00"));
  }

  @Test
  void aDueDayOnAHolidayMovesToTheNextWorkingDay() {
    // 1 October is National Day; 2–7 October are holidays or the weekend; Thursday 8 October is the next working day
    assertThat(schedule("10-01").defaultDueAt(2025)).isEqualTo(at("2026-10-08T18:00"));
  }

  @Test
  void aDueDayOnAMakeUpSaturdayStays() {
    // Saturday 28 February 2026 is a working day (调休)
    assertThat(schedule("02-28").defaultDueAt(2025)).isEqualTo(at("2026-02-28T18:00"));
  }

  @Test
  void remindersCountMakeUpSaturdaysAndSkipTheNationalDayHolidays() {
    // back from Monday 12 October: Saturday 10th (make-up) is the first working day, 9th, 8th; then 1–7 October are off,
    // 30 September–28 September, the Mid-Autumn Friday 25th is off, 24th–21st
    assertThat(DEFAULTS.reminders(at("2026-10-12T18:00")))
        .containsExactly(at("2026-09-21T09:00"), at("2026-10-08T09:00"));
  }

  @Test
  void remindersBeforeTheSpringFestival() {
    // back from Monday 2 March: Saturday 28 February (make-up), 27th, 26th; 25th, 24th; 16–23 February are off;
    // Saturday 14th (make-up), 13th–10th
    assertThat(DEFAULTS.reminders(at("2026-03-02T18:00")))
        .containsExactly(at("2026-02-10T09:00"), at("2026-02-26T09:00"));
  }

  @Test
  void reminderDateIsTheInverseOfAddingWorkingDays() {
    LocalDate due = LocalDate.of(2026, 10, 12);
    for (int n : List.of(1, 3, 10, 20)) {
      assertThat(WORKING_DAYS.addWorkingDays(DEFAULTS.workingDaysBefore(due, n), n)).as(n + " days").isEqualTo(due);
    }
  }

  @Test
  void nextReminderIsTheFirstStillAhead() {
    Instant due = at("2026-12-11T18:00");
    assertThat(DEFAULTS.nextReminder(due, at("2026-11-25T10:00"))).contains(at("2026-11-27T09:00"));
    assertThat(DEFAULTS.nextReminder(due, at("2026-11-27T09:00"))).contains(at("2026-12-08T09:00"));
    // a report started after the first reminder's time gets the second one only
    assertThat(DEFAULTS.nextReminder(due, at("2026-12-01T10:00"))).contains(at("2026-12-08T09:00"));
    assertThat(DEFAULTS.nextReminder(due, at("2026-12-08T09:00"))).isEmpty();
  }

  @Test
  void overdueReportsAreFollowedUpEveryTenWorkingDays() {
    assertThat(DEFAULTS.followUpAfter(at("2026-12-11T18:00"))).isEqualTo(at("2026-12-25T09:00"));
    // from a day in the National Day week: the holidays do not count
    assertThat(DEFAULTS.followUpAfter(at("2026-09-30T09:00"))).isEqualTo(at("2026-10-20T09:00"));
  }

  @Test
  void workingDaysLeftAndOverdue() {
    Instant due = at("2026-10-12T18:00");
    assertThat(DEFAULTS.workingDaysLeft(at("2026-10-08T09:00"), due)).isEqualTo(3);
    assertThat(DEFAULTS.workingDaysLeft(at("2026-09-21T09:00"), due)).isEqualTo(10);
    assertThat(DEFAULTS.workingDaysOverdue(due, at("2026-10-13T09:00"))).isEqualTo(1);
    assertThat(DEFAULTS.workingDaysOverdue(due, at("2026-10-01T09:00"))).isZero();
  }

  @Test
  void reviewAndRevisionPeriodsEndWithTheirTenthWorkingDay() {
    assertThat(DEFAULTS.reviewDeadline(at("2026-09-30T15:00"))).isEqualTo(at("2026-10-21T00:00"));
    assertThat(DEFAULTS.revisionDeadline(at("2026-11-25T10:00"))).isEqualTo(at("2026-12-10T00:00"));
  }

  @Test
  void aYearWithoutHolidayDataIsAnErrorNotAGuess() {
    // the 2027 arrangement is not published in the built-in data: the default due day of report year 2026 is unknown
    assertThatThrownBy(() -> DEFAULTS.defaultDueAt(2026)).isInstanceOf(HolidayDataMissingException.class)
        .hasMessageContaining("2027");
    assertThatThrownBy(() -> DEFAULTS.followUpAfter(at("2026-12-25T09:00")))
        .isInstanceOf(HolidayDataMissingException.class);
  }

  @Test
  void onlyWorkingDaysHaveWorkingDaysBefore() {
    assertThatThrownBy(() -> DEFAULTS.workingDaysBefore(LocalDate.of(2026, 10, 1), 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void configurationIsCheckedAtStartUp() {
    assertThat(new AnnualReportProperties("12-15", "17:30", "08:30", List.of(3, 15, 3), 5, 7, 8)
        .reminderWorkingDays()).containsExactly(15, 3);
    assertThatThrownBy(() -> new AnnualReportProperties("3/31", null, null, null, null, null, null))
        .hasMessageContaining("due-date").hasMessageContaining("03-31");
    assertThatThrownBy(() -> new AnnualReportProperties(null, "6pm", null, null, null, null, null))
        .hasMessageContaining("due-time");
    assertThatThrownBy(() -> new AnnualReportProperties(null, null, null, List.of(10, 0), null, null, null))
        .hasMessageContaining("reminder-working-days");
    assertThatThrownBy(() -> new AnnualReportProperties(null, null, null, null, 61, null, null))
        .hasMessageContaining("follow-up-working-days");
  }
}
