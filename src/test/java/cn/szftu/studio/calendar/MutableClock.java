package cn.szftu.studio.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves by hand, to tell a row rewritten later from one left alone. */
final class MutableClock extends Clock {

  private volatile Instant now;

  MutableClock(Instant start) {
    this.now = start;
  }

  void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return WorkingDays.ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    // Calendar dates are Beijing dates: a clock in another zone would answer other questions than the ones tested.
    if (!zone.equals(getZone())) {
      throw new IllegalArgumentException("this test clock runs in " + getZone() + " only, not " + zone);
    }
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
