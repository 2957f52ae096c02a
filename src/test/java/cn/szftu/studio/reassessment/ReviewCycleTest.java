package cn.szftu.studio.reassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.szftu.studio.ClockConfiguration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When a studio's next re-assessment is due: fresh, kept, late-started and leap-day studios. */
class ReviewCycleTest {

  private static final LocalDate NAMED = LocalDate.of(2026, 11, 20);
  private final ReviewCycle threeYears = new ReviewCycle(3, ClockConfiguration.ZONE);

  @Test
  void theFirstReassessmentIsOneCycleAfterTheNamingDecision() {
    assertThat(threeYears.nextDate(NAMED, null, NAMED)).isEqualTo(LocalDate.of(2029, 11, 20));
    assertThat(threeYears.nextDate(NAMED, null, LocalDate.of(2026, 11, 25))).isEqualTo(LocalDate.of(2029, 11, 20));
    assertThat(new ReviewCycle(2, ClockConfiguration.ZONE).nextDate(NAMED, null, NAMED))
        .isEqualTo(LocalDate.of(2028, 11, 20));
  }

  @Test
  void afterAReassessmentTheNextIsTheFollowingCycle() {
    LocalDate firstDue = LocalDate.of(2029, 11, 20);
    assertThat(threeYears.nextDate(NAMED, firstDue, firstDue)).isEqualTo(LocalDate.of(2032, 11, 20));
    // a rectification that ran into the next spring does not shift the rhythm
    assertThat(threeYears.nextDate(NAMED, firstDue, LocalDate.of(2030, 4, 1))).isEqualTo(LocalDate.of(2032, 11, 20));
    // nor does a timer that fired late (the system was down for a while)
    assertThat(threeYears.nextDate(NAMED, firstDue, LocalDate.of(2029, 11, 23))).isEqualTo(LocalDate.of(2032, 11, 20));
  }

  @Test
  void theDueDayItselfIsStillDue() {
    // scheduled again on the due day (e.g. the process was restarted then): due today, so the timer fires at once
    LocalDate due = LocalDate.of(2029, 11, 20);
    assertThat(threeYears.nextDate(NAMED, null, due)).isEqualTo(due);
    assertThat(threeYears.nextDate(NAMED, null, due.plusDays(1))).isEqualTo(LocalDate.of(2032, 11, 20));
  }

  @Test
  void aStudioWhoseProcessStartsLateWaitsForItsNextAnniversaryCycle() {
    LocalDate namedLongAgo = LocalDate.of(2019, 12, 20);
    // cycle dates 2022-12-20 and 2025-12-20 have passed when the registry is loaded on 2026-11-25
    assertThat(threeYears.nextDate(namedLongAgo, null, LocalDate.of(2026, 11, 25)))
        .isEqualTo(LocalDate.of(2028, 12, 20));
    // ... and after that re-assessment, three years on
    assertThat(threeYears.nextDate(namedLongAgo, LocalDate.of(2028, 12, 20), LocalDate.of(2028, 12, 20)))
        .isEqualTo(LocalDate.of(2031, 12, 20));
  }

  @Test
  void aStudioNamedOnALeapDayIsDueOnTheLastDayOfFebruaryAndOnTheLeapDayWhenThereIsOne() {
    LocalDate leapDay = LocalDate.of(2028, 2, 29);
    assertThat(threeYears.nextDate(leapDay, null, leapDay)).isEqualTo(LocalDate.of(2031, 2, 28));
    assertThat(threeYears.nextDate(leapDay, LocalDate.of(2031, 2, 28), LocalDate.of(2031, 2, 28)))
        .isEqualTo(LocalDate.of(2034, 2, 28));
    ReviewCycle fourYears = new ReviewCycle(4, ClockConfiguration.ZONE);
    assertThat(fourYears.nextDate(leapDay, LocalDate.of(2032, 2, 29), LocalDate.of(2032, 2, 29)))
        .isEqualTo(LocalDate.of(2036, 2, 29));
  }

  @Test
  void theReassessmentBeginsAtMidnightShenzhenTime() {
    assertThat(threeYears.startOf(LocalDate.of(2029, 11, 20))).isEqualTo(Instant.parse("2029-11-19T16:00:00Z"));
  }

  @Test
  void aCycleShorterThanAYearIsRefused() {
    assertThatThrownBy(() -> new ReviewCycle(0, ClockConfiguration.ZONE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
