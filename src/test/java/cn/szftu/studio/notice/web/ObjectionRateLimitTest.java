package cn.szftu.studio.notice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The stored-objection limit per hour and the in-memory burst limiter of the objection form. */
class ObjectionRateLimitTest {

  private final TestClock clock = new TestClock(Instant.parse("2026-11-25T02:00:00Z"));

  @Test
  void theSixthStoredObjectionWithinAnHourIsRefused() {
    Map<String, List<Instant>> stored = new HashMap<>();
    ObjectionRateLimit limit = new ObjectionRateLimit(
        (address, since) -> stored.getOrDefault(address, List.of()).stream().filter(t -> t.isAfter(since)).count(),
        new BurstLimiter(100, Duration.ofMinutes(1), 100, clock), clock);

    for (int i = 0; i < ObjectionRateLimit.PER_HOUR; i++) {
      assertThat(limit.refusal("203.0.113.7")).as("objection " + (i + 1)).isEmpty();
      stored.computeIfAbsent("203.0.113.7", a -> new ArrayList<>()).add(clock.instant());
      clock.advance(Duration.ofMinutes(5));
    }
    assertThat(limit.refusal("203.0.113.7")).contains(ObjectionRateLimit.TOO_MANY_STORED);
    assertThat(ObjectionRateLimit.TOO_MANY_STORED).startsWith("同一网络地址每小时最多提交 5 条异议");
    assertThat(limit.refusal("203.0.113.8")).as("another address").isEmpty();

    // the first one leaves the hour 60 minutes after it was lodged
    clock.advance(Duration.ofMinutes(35));
    assertThat(limit.refusal("203.0.113.7")).isEmpty();
  }

  @Test
  void burstsAreRefusedWhateverIsStored() {
    ObjectionRateLimit limit = new ObjectionRateLimit((address, since) -> 0,
        new BurstLimiter(ObjectionRateLimit.BURST_ATTEMPTS, ObjectionRateLimit.BURST_WINDOW, 100, clock), clock);
    for (int i = 0; i < ObjectionRateLimit.BURST_ATTEMPTS; i++) {
      assertThat(limit.refusal("198.51.100.1")).isEmpty();
    }
    assertThat(limit.refusal("198.51.100.1")).contains(ObjectionRateLimit.TOO_FAST);
    assertThat(ObjectionRateLimit.TOO_FAST).contains("提交过于频繁");
    assertThat(limit.refusal("198.51.100.2")).isEmpty();

    clock.advance(ObjectionRateLimit.BURST_WINDOW.plusSeconds(1));
    assertThat(limit.refusal("198.51.100.1")).isEmpty();

    for (int i = 0; i < ObjectionRateLimit.BURST_ATTEMPTS; i++) {
      limit.refusal("198.51.100.3");
    }
    assertThat(limit.refusal("198.51.100.3")).isPresent();
    limit.reset();
    assertThat(limit.refusal("198.51.100.3")).isEmpty();
  }

  @Test
  void theWindowSlides() {
    BurstLimiter burst = new BurstLimiter(3, Duration.ofSeconds(60), 100, clock);
    assertThat(burst.tryAcquire("a")).isTrue();
    clock.advance(Duration.ofSeconds(30));
    assertThat(burst.tryAcquire("a")).isTrue();
    assertThat(burst.tryAcquire("a")).isTrue();
    assertThat(burst.tryAcquire("a")).isFalse();
    clock.advance(Duration.ofSeconds(31));
    assertThat(burst.tryAcquire("a")).as("the first left the window").isTrue();
    assertThat(burst.tryAcquire("a")).isFalse();
    // refused attempts are not recorded: they cannot extend the wait
    clock.advance(Duration.ofSeconds(30));
    assertThat(burst.tryAcquire("a")).isTrue();
  }

  @Test
  void memoryIsBoundedAndExpiredKeysAreDropped() {
    BurstLimiter burst = new BurstLimiter(1, Duration.ofSeconds(60), 3, clock);
    assertThat(burst.tryAcquire("a")).isTrue();
    assertThat(burst.tryAcquire("b")).isTrue();
    assertThat(burst.tryAcquire("c")).isTrue();
    assertThat(burst.tryAcquire("d")).as("untracked when full").isTrue();
    assertThat(burst.tryAcquire("d")).isTrue();
    assertThat(burst.trackedKeys()).isEqualTo(3);
    assertThat(burst.tryAcquire("a")).as("tracked keys stay limited").isFalse();

    clock.advance(Duration.ofSeconds(61));
    assertThat(burst.tryAcquire("e")).isTrue();
    assertThat(burst.trackedKeys()).as("expired keys purged to make room").isEqualTo(1);
    assertThat(burst.tryAcquire("e")).isFalse();
  }

  @Test
  void concurrentAttemptsNeverExceedTheLimit() throws Exception {
    BurstLimiter burst = new BurstLimiter(10, Duration.ofMinutes(1), 100, clock);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      results.add(pool.submit(() -> {
        start.await();
        return burst.tryAcquire("x");
      }));
    }
    start.countDown();
    int allowed = 0;
    for (Future<Boolean> result : results) {
      allowed += result.get(10, TimeUnit.SECONDS) ? 1 : 0;
    }
    pool.shutdown();
    assertThat(allowed).isEqualTo(10);
  }

  @Test
  void ipv6AddressesShareTheirSlash64() {
    assertThat(ObjectionRateLimit.burstKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
        .isEqualTo(ObjectionRateLimit.burstKey("2001:db8:1:2::1"))
        .isEqualTo("20010db800010002::/64");
    assertThat(ObjectionRateLimit.burstKey("2001:db8:1:3::1")).isNotEqualTo(ObjectionRateLimit.burstKey("2001:db8:1:2::1"));
    assertThat(ObjectionRateLimit.burstKey("fe80::1%eth0")).isEqualTo("fe80000000000000::/64");
    assertThat(ObjectionRateLimit.burstKey("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
    assertThat(ObjectionRateLimit.burstKey("192.0.2.1")).isEqualTo("192.0.2.1");
    assertThat(ObjectionRateLimit.burstKey("not:an:address:at:all")).isEqualTo("not:an:address:at:all");
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> new BurstLimiter(0, Duration.ofMinutes(1), 1, clock))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BurstLimiter(1, Duration.ZERO, 1, clock)).isInstanceOf(IllegalArgumentException.class);
  }

  /** A clock the test moves by hand; a copy in another zone shows the same moving instant. */
  static final class TestClock extends Clock {
    private final java.util.concurrent.atomic.AtomicReference<Instant> now;
    private final ZoneId zone;

    TestClock(Instant start) {
      this(new java.util.concurrent.atomic.AtomicReference<>(start), ZoneId.of("Asia/Shanghai"));
    }

    private TestClock(java.util.concurrent.atomic.AtomicReference<Instant> now, ZoneId zone) {
      this.now = now;
      this.zone = zone;
    }

    void advance(Duration duration) {
      now.updateAndGet(t -> t.plus(duration));
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
      return new TestClock(now, newZone);
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }
}
