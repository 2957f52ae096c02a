package cn.szftu.studio.reassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.szftu.studio.ClockConfiguration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When a studio's next re-assessment is due, for fresh, kept, overdue and leap-day studios. */
class ReviewCycleTest {

  private final ReviewCycle threeYears = new ReviewCycle(3, ClockConfiguration.ZONE);
  private static final LocalDate NAMED = LocalDate.of(2026, 11, 20);

  @Test
  void theFirstReassessmentIsOneCycleAfterTheNamingDecision() {
    assertThat(threeYears.nextDate(NAMED, null)).isEqualTo(LocalDate.of(2029, 11, 20));
    assertThat(new ReviewCycle(2, ClockConfiguration.ZONE).nextDate(NAMED, null))
        .isEqualTo(LocalDate.of(2028, 11, 20));
  }

  @Test
  void afterAReassessmentTheNextIsTheFollowingAnniversaryCycle() {
    assertThat(threeYears.nextDate(NAMED, LocalDate.of(2029, 11, 20))).isEqualTo(LocalDate.of(2032, 11, 20));
    // a rectification that ran for months does not shift the rhythm
    assertThat(threeYears.nextDate(NAMED, LocalDate.of(2030, 4, 1))).isEqualTo(LocalDate.of(2032, 11, 20));
    // begun one day before it was due (moved by hand): the due date is still after that day
    assertThat(threeYears.nextDate(NAMED, LocalDate.of(2029, 11, 19))).isEqualTo(LocalDate.of(2029, 11, 20));
  }

  @Test
  void anOverdueStudioIsDueAtOnceAndThenReturnsToItsRhythm() {
    LocalDate namedLongAgo = LocalDate.of(2018, 6, 30);
    // never re-assessed: the first cycle date, long past, so the timer fires at once
    assertThat(threeYears.nextDate(namedLongAgo, null)).isEqualTo(LocalDate.of(2021, 6, 30));
    // re-assessed late, in 2026: the next is not 2024 (past) but the first cycle date after that
    assertThat(threeYears.nextDate(namedLongAgo, LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2027, 6, 30));
  }

  @Test
  void aStudioNamedOnALeapDayIsDueOnTheLastDayOfFebruaryAndBackOnTheLeapDayWhenThereIsOne() {
    LocalDate leapDay = LocalDate.of(2028, 2, 29);
    assertThat(threeYears.nextDate(leapDay, null)).isEqualTo(LocalDate.of(2031, 2, 28));
    assertThat(new ReviewCycle(4, ClockConfiguration.ZONE).nextDate(leapDay, LocalDate.of(2032, 2, 29)))
        .isEqualTo(LocalDate.of(2036, 2, 29));
    assertThat(threeYears.nextDate(leapDay, LocalDate.of(2031, 2, 28))).isEqualTo(LocalDate.of(2034, 2, 28));
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
