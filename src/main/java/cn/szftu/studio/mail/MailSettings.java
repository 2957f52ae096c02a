package cn.szftu.studio.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How notifications are sent ({@code studio.mail.*}); the mail server itself is Spring's {@code spring.mail.*}.
 *
 * @param from                 sender address of every mail
 * @param baseUrl              where users reach the application, for the links in mails (no trailing slash needed)
 * @param pollInterval         how often the sender looks for due mails
 * @param batchSize            at most this many mails per poll
 * @param maxAttempts          attempts before a mail is given up (status FAILED)
 * @param firstRetryDelay      wait after the first failed attempt; doubles with every further failure
 * @param maxRetryDelay        the longest wait between two attempts
 * @param expireAfter          a mail not sent within this time after it was queued is given up instead of sent late
 * @param overdueScanInterval  how often tasks past their due date are looked for
 */
@ConfigurationProperties("studio.mail")
public record MailSettings(String from, String baseUrl, Duration pollInterval, Integer batchSize, Integer maxAttempts,
    Duration firstRetryDelay, Duration maxRetryDelay, Duration expireAfter, Duration overdueScanInterval) {

  public MailSettings {
    from = from == null || from.isBlank() ? "noreply@studio.invalid" : from.strip();
    baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip().replaceAll("/+$", "");
    pollInterval = pollInterval == null ? Duration.ofSeconds(30) : pollInterval;
    batchSize = batchSize == null ? 50 : batchSize;
    maxAttempts = maxAttempts == null ? 8 : maxAttempts;
    firstRetryDelay = firstRetryDelay == null ? Duration.ofMinutes(1) : firstRetryDelay;
    maxRetryDelay = maxRetryDelay == null ? Duration.ofHours(6) : maxRetryDelay;
    expireAfter = expireAfter == null ? Duration.ofDays(7) : expireAfter;
    overdueScanInterval = overdueScanInterval == null ? Duration.ofMinutes(15) : overdueScanInterval;
    if (batchSize < 1 || maxAttempts < 1) {
      throw new IllegalStateException("studio.mail.batch-size 和 studio.mail.max-attempts 至少为 1");
    }
    if (pollInterval.isNegative() || pollInterval.isZero() || overdueScanInterval.isNegative()
        || overdueScanInterval.isZero()) {
      throw new IllegalStateException("studio.mail.poll-interval 和 studio.mail.overdue-scan-interval 必须大于 0");
    }
    if (firstRetryDelay.isNegative() || maxRetryDelay.compareTo(firstRetryDelay) < 0) {
      throw new IllegalStateException("studio.mail.max-retry-delay 不能小于 studio.mail.first-retry-delay");
    }
  }

  public RetryBackoff backoff() {
    return new RetryBackoff(firstRetryDelay, maxRetryDelay, maxAttempts);
  }
}
