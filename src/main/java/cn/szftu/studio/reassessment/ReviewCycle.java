package cn.szftu.studio.reassessment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When a studio's next re-assessment is due: on an anniversary of its naming decision, every {@code cycleYears}
 * years (a studio named on 29 February is due on 28 February in other years). The next one is the first such date
 * after the one the last re-assessment was due on, and not before today: a late timer (the system was down) does not
 * shift the rhythm, and a studio whose process starts late (named before the
 * system, imported into the registry) waits for its next anniversary cycle instead of being re-assessed at once, so a
 * first start-up with thousands of older studios does not draw thousands of panels on one day.
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
   * @param lastDueOn      the day the latest re-assessment was due, or null when there was none
   * @param today          today in Shenzhen
   */
  public LocalDate nextDate(LocalDate namedOn, LocalDate lastDueOn, LocalDate today) {
    Objects.requireNonNull(namedOn, "namedOn");
    Objects.requireNonNull(today, "today");
    int cycle = 1;
    LocalDate due = namedOn.plusYears(cycleYears);
    while (due.isBefore(today) || lastDueOn != null && !due.isAfter(lastDueOn)) {
      cycle++;
      // always counted from the naming date, so a 29 February naming is not pulled to the 28th for good
      due = namedOn.plusYears((long) cycle * cycleYears);
    }
    return due;
  }

  /** The moment the re-assessment of {@code date} begins: the start of that day in Shenzhen. */
  public Instant startOf(LocalDate date) {
    return date.atStartOfDay(zone).toInstant();
  }
}
