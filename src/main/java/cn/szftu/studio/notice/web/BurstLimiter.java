package cn.szftu.studio.notice.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A sliding-window limiter held in memory: at most {@code maxEvents} per key within {@code window}. It keeps at most
 * {@code maxKeys} keys; when that many keys are active at once, a new key is let through untracked rather than
 * locking everyone out (the stored-objection limit still applies to it). The state is per server and lost on restart,
 * which is fine for its only job: slowing down bursts.
 */
final class BurstLimiter {

  private static final int PURGE_EVERY = 256;

  private final int maxEvents;
  private final Duration window;
  private final int maxKeys;
  private final Clock clock;
  private final ConcurrentHashMap<String, Deque<Instant>> events = new ConcurrentHashMap<>();
  private final AtomicLong calls = new AtomicLong();

  BurstLimiter(int maxEvents, Duration window, int maxKeys, Clock clock) {
    if (maxEvents < 1 || window.isNegative() || window.isZero() || maxKeys < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    this.maxEvents = maxEvents;
    this.window = window;
    this.maxKeys = maxKeys;
    this.clock = clock;
  }

  /** Records one event of the key and answers true, or answers false (recording nothing) when the key is over. */
  boolean tryAcquire(String key) {
    Instant now = clock.instant();
    Instant cutoff = now.minus(window);
    if (calls.incrementAndGet() % PURGE_EVERY == 0) {
      purge(cutoff);
    }
    if (!events.containsKey(key) && events.size() >= maxKeys) {
      purge(cutoff);
      if (events.size() >= maxKeys) {
        return true;
      }
    }
    boolean[] allowed = {false};
    events.compute(key, (k, times) -> {
      Deque<Instant> recent = times == null ? new ArrayDeque<>() : times;
      dropBefore(recent, cutoff);
      if (recent.size() < maxEvents) {
        recent.addLast(now);
        allowed[0] = true;
      }
      return recent;
    });
    return allowed[0];
  }

  /** Keys currently tracked (for tests). */
  int trackedKeys() {
    return events.size();
  }

  void clear() {
    events.clear();
  }

  private void purge(Instant cutoff) {
    for (String key : events.keySet()) {
      events.computeIfPresent(key, (k, recent) -> {
        dropBefore(recent, cutoff);
        return recent.isEmpty() ? null : recent;
      });
    }
  }

  private static void dropBefore(Deque<Instant> recent, Instant cutoff) {
    while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
      recent.pollFirst();
    }
  }
}
