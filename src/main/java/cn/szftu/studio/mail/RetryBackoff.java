package cn.szftu.studio.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a failed mail again: the first wait, doubled after every further failure up to a ceiling, and no more
 * attempts after the last one. A mail server that is down for an hour is then asked a handful of times, not hundreds.
 */
public record RetryBackoff(Duration firstDelay, Duration maxDelay, int maxAttempts) {

  /** The time of the next attempt after {@code attemptsMade} failed attempts, or empty to give up. */
  public Optional<Instant> nextAttempt(int attemptsMade, Instant failedAt) {
    if (attemptsMade >= maxAttempts) {
      return Optional.empty();
    }
    return Optional.of(failedAt.plus(delayAfter(attemptsMade)));
  }

  Duration delayAfter(int attemptsMade) {
    Duration delay = firstDelay;
    for (int i = 1; i < attemptsMade && delay.compareTo(maxDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
