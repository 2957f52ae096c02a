package cn.szftu.studio.reassessment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When a studio's next re-assessment is due: on an anniversary of its naming decision, every {@code cycleYears}
 * years (a studio named on 29 February is due on 28 February). The next one is the first such date after the last
 * re-assessment began, so an overdue studio is re-assessed at once, once, and then returns to its own rhythm.
 */
public final class ReviewCycle {

  private final int cycleYears;
  private final ZoneId zone;

  public ReviewCycle(int cycleYears, ZoneId zone) {
    if (cycleYears < 1) {
      throw new IllegalArgumentException("cycleYears must be at least 1: " + cycleYears);
    }
    this.cycleYears = cycleYears;
    this.zone = Objects.requireNonNull(zone);
  }

  /**
   * The date of the next re-assessment.
   *
   * @param namedOn        the date of the naming decision
   * @param lastStartedOn  the day the latest re-assessment began, or null when there was none
   */
  public LocalDate nextDate(LocalDate namedOn, LocalDate lastStartedOn) {
    Objects.requireNonNull(namedOn, "namedOn");
    int cycle = 1;
    LocalDate due = namedOn.plusYears(cycleYears);
    while (lastStartedOn != null && !due.isAfter(lastStartedOn)) {
      cycle++;
      // always from the naming date, so a 29 February naming is not pulled to the 28th for good
      due = namedOn.plusYears((long) cycle * cycleYears);
    }
    return due;
  }

  /** The moment the re-assessment of {@code date} begins: the start of that day in Shenzhen. */
  public Instant startOf(LocalDate date) {
    return date.atStartOfDay(zone).toInstant();
  }
}
