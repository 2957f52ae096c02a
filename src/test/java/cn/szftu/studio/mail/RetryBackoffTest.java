package cn.szftu.studio.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

  static final Instant FAILED_AT = Instant.parse("2026-11-25T02:00:00Z");
  final RetryBackoff backoff = new RetryBackoff(Duration.ofMinutes(1), Duration.ofMinutes(30), 8);

  @Test
  void theWaitDoublesAfterEveryFailure() {
    assertThat(backoff.nextAttempt(1, FAILED_AT)).contains(FAILED_AT.plus(Duration.ofMinutes(1)));
    assertThat(backoff.nextAttempt(2, FAILED_AT)).contains(FAILED_AT.plus(Duration.ofMinutes(2)));
    assertThat(backoff.nextAttempt(3, FAILED_AT)).contains(FAILED_AT.plus(Duration.ofMinutes(4)));
    assertThat(backoff.nextAttempt(5, FAILED_AT)).contains(FAILED_AT.plus(Duration.ofMinutes(16)));
  }

  @Test
  void theWaitStopsGrowingAtTheCeiling() {
    assertThat(backoff.nextAttempt(6, FAILED_AT)).contains(FAILED_AT.plus(Duration.ofMinutes(30)));
    assertThat(backoff.nextAttempt(7, FAILED_AT)).contains(FAILED_AT.plus(Duration.ofMinutes(30)));
    assertThat(new RetryBackoff(Duration.ofMinutes(1), Duration.ofHours(6), 1000).delayAfter(900))
        .isEqualTo(Duration.ofHours(6));
  }

  @Test
  void afterTheLastAttemptThereIsNoNextOne() {
    assertThat(backoff.nextAttempt(8, FAILED_AT)).isEmpty();
    assertThat(backoff.nextAttempt(9, FAILED_AT)).isEmpty();
    assertThat(new RetryBackoff(Duration.ofMinutes(1), Duration.ofMinutes(1), 1).nextAttempt(1, FAILED_AT)).isEmpty();
  }
}
