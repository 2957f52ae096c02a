package cn.szftu.studio.notice;

import cn.szftu.studio.calendar.WorkingDays;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The public notice period (公示期): it starts on the first working day after the decision is published and lasts
 * {@code n} working days on the holiday calendar; objections are accepted until the end of the last day (00:00 of
 * the following calendar day, Beijing time).
 */
public record NoticePeriod(LocalDate firstDay, LocalDate lastDay, Instant endsAt) {

  public static NoticePeriod of(WorkingDays workingDays, LocalDate publishedOn, int workingDaysLong) {
    if (workingDaysLong < 1) {
      throw new IllegalArgumentException("a notice lasts at least one working day");
    }
    return new NoticePeriod(workingDays.addWorkingDays(publishedOn, 1),
        workingDays.addWorkingDays(publishedOn, workingDaysLong),
        workingDays.deadlineAfter(publishedOn, workingDaysLong));
  }
}
