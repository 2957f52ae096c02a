package cn.szftu.studio.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * An administrator corrects the calendar on another node: this node hears no event, but the overrides' version in
 * the database changes, and the next question after {@link WorkingDays#RECHECK_AFTER} loads the new data. The clock
 * is a counter moved by the test, not real waiting.
 */
class OverridesFromOtherNodeTest {

  private static final LocalDate WEDNESDAY = LocalDate.parse("2026-11-25");

  private final AtomicReference<OverrideSnapshot> data = new AtomicReference<>(OverrideSnapshot.EMPTY);
  private final AtomicReference<Object> version = new AtomicReference<>("v1");
  private final AtomicInteger loads = new AtomicInteger();
  private final AtomicInteger versionChecks = new AtomicInteger();
  private final AtomicLong nanos = new AtomicLong();

  private final WorkingDays workingDays = new WorkingDays(new LegalHolidayLibrary(), new HolidayOverrides() {
    @Override
    public OverrideSnapshot load() {
      loads.incrementAndGet();
      return data.get();
    }

    @Override
    public Object version() {
      versionChecks.incrementAndGet();
      return version.get();
    }
  }, nanos::get);

  @Test
  void aChangeMadeElsewhereIsSeenAfterTheRecheckInterval() {
    assertThat(workingDays.isWorkingDay(WEDNESDAY)).isTrue();
    assertThat(loads).hasValue(1);

    // another node stores a holiday for that Wednesday
    data.set(OverrideSnapshot.of(Set.of(), List.of(SpecialDay.holiday(WEDNESDAY, "临时放假"))));
    version.set("v2");
    nanos.addAndGet(WorkingDays.RECHECK_AFTER.toNanos() - 1);
    assertThat(workingDays.isWorkingDay(WEDNESDAY)).as("within the interval: the loaded data").isTrue();
    assertThat(versionChecks).as("no database question within the interval").hasValue(1);

    nanos.addAndGet(1);
    assertThat(workingDays.isWorkingDay(WEDNESDAY)).as("after the interval: the other node's change").isFalse();
    assertThat(loads).hasValue(2);
  }

  @Test
  void anUnchangedVersionKeepsTheLoadedData() {
    workingDays.isWorkingDay(WEDNESDAY);
    for (int i = 0; i < 3; i++) {
      nanos.addAndGet(WorkingDays.RECHECK_AFTER.toNanos());
      assertThat(workingDays.isWorkingDay(WEDNESDAY)).isTrue();
    }
    assertThat(loads).as("loaded once, only its version checked again").hasValue(1);
    assertThat(versionChecks).hasValue(4);
  }
}
