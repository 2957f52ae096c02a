package cn.szftu.studio.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox. Each due row is sent in a transaction of its own that first locks the row ({@code for update skip
 * locked}): a second sender (another node, an overlapping run) skips it, and the row is marked SENT in the same
 * transaction that sent it. A failure counts an attempt and sets the next one by {@link RetryBackoff}; after the last
 * attempt the row is FAILED (logged, and listed for administrators on {@code /api/admin/mail-outbox}). A mail server
 * that is down therefore loses nothing, and a mail accepted by the server is not sent again, except when the
 * database fails between the server's acceptance and the commit; then it goes out again with the same Message-ID.
 *
 * <p>Without a mail server ({@code spring.mail.host} unset, outside the demo profile) there is no JavaMailSender: the
 * outbox still fills and nothing is sent until a server is configured (mails older than {@code expire-after} are
 * then given up rather than sent late).
 */
@Component
public class OutboxSender {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
  static final String SENDER_NAME = "深圳市示范性劳模和工匠人才创新工作室管理系统";

  public enum Outcome { SENT, RETRY, FAILED, EXPIRED, SKIPPED }

  /** What one run did; {@code serverUnavailable} when it stopped early because the server could not be reached. */
  public record Run(int sent, int retrying, int failed, boolean serverUnavailable) {
  }

  private final OutboxMailRepository outbox;
  private final JavaMailSender mailSender;
  private final TransactionTemplate ownTransaction;
  private final MailSettings settings;
  private final RetryBackoff backoff;
  private final Clock clock;

  public OutboxSender(OutboxMailRepository outbox, ObjectProvider<JavaMailSender> mailSender,
      PlatformTransactionManager transactionManager, MailSettings settings, Clock clock) {
    this.outbox = outbox;
    this.mailSender = configured(mailSender.getIfAvailable());
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.settings = settings;
    this.backoff = settings.backoff();
    this.clock = clock;
  }

  /** An empty SPRING_MAIL_HOST (as compose files pass it) still makes Spring build a sender, one without a server. */
  private static JavaMailSender configured(JavaMailSender sender) {
    if (sender instanceof JavaMailSenderImpl impl && (impl.getHost() == null || impl.getHost().isBlank())) {
      return null;
    }
    return sender;
  }

  public boolean enabled() {
    return mailSender != null;
  }

  @EventListener(ApplicationReadyEvent.class)
  void announce() {
    if (enabled()) {
      log.info("Mail outbox sender on: every {} up to {} mails from {}", settings.pollInterval(), settings.batchSize(),
          settings.from());
    } else {
      log.warn("No mail server configured (spring.mail.host / SPRING_MAIL_HOST is empty): notifications are queued in "
          + "mail_outbox but NOT sent until a mail server is configured and the application restarted");
    }
  }

  @Scheduled(fixedDelayString = "${studio.mail.poll-interval:PT30S}", initialDelayString = "PT10S")
  void poll() {
    if (enabled()) {
      sendDue(clock.instant());
    }
  }

  /** Sends the rows due at {@code now}, at most one batch. */
  public Run sendDue(Instant now) {
    if (!enabled()) {
      return new Run(0, 0, 0, false);
    }
    List<Long> due = outbox.findDueIds(now, PageRequest.of(0, settings.batchSize()));
    int sent = 0;
    int retrying = 0;
    int failed = 0;
    for (Long id : due) {
      Attempt attempt = ownTransaction.execute(tx -> sendOne(id, now));
      switch (attempt.outcome()) {
        case SENT -> sent++;
        case RETRY -> retrying++;
        case FAILED, EXPIRED -> failed++;
        default -> { }
      }
      if (attempt.serverUnavailable()) {
        // The server is down: the rest of the batch would only wait for the same timeout, one by one.
        return new Run(sent, retrying, failed, true);
      }
    }
    return new Run(sent, retrying, failed, false);
  }

  /** Sends one row now if it is still due (an administrator's "send now", and tests that aim at their own rows). */
  public Outcome send(long id, Instant now) {
    if (!enabled()) {
      return Outcome.SKIPPED;
    }
    return ownTransaction.execute(tx -> sendOne(id, now)).outcome();
  }

  private record Attempt(Outcome outcome, boolean serverUnavailable) {
  }

  private Attempt sendOne(long id, Instant now) {
    if (outbox.claim(id).isEmpty()) {
      return new Attempt(Outcome.SKIPPED, false);
    }
    OutboxMail mail = outbox.findById(id).orElseThrow();
    if (mail.getStatus() != MailStatus.PENDING || mail.getNextAttemptAt().isAfter(now)) {
      return new Attempt(Outcome.SKIPPED, false);
    }
    if (mail.getCreatedAt().plus(settings.expireAfter()).isBefore(now)) {
      mail.expired("未在 " + settings.expireAfter() + " 内发出，已放弃");
      log.warn("Mail {} ({}) to user {} expired unsent after {} attempts", mail.getId(), mail.getDedupKey(),
          mail.getRecipientUserId(), mail.getAttempts());
      return new Attempt(Outcome.EXPIRED, false);
    }
    try {
      mailSender.send(message(mail, now));
      mail.sent(now);
      return new Attempt(Outcome.SENT, false);
    } catch (MailException | MessagingException | UnsupportedEncodingException e) {
      boolean serverUnavailable = serverUnavailable(e);
      Optional<Instant> retryAt = backoff.nextAttempt(mail.getAttempts() + 1, now);
      mail.failed(describe(e), retryAt.orElse(null));
      if (retryAt.isPresent()) {
        log.info("Mail {} to user {} not sent (attempt {}), next attempt at {}: {}", mail.getId(),
            mail.getRecipientUserId(), mail.getAttempts(), retryAt.get(), mail.getLastError());
      } else {
        log.error("Mail {} ({}) to user {} FAILED after {} attempts, given up: {}", mail.getId(), mail.getDedupKey(),
            mail.getRecipientUserId(), mail.getAttempts(), mail.getLastError());
      }
      return new Attempt(retryAt.isPresent() ? Outcome.RETRY : Outcome.FAILED, serverUnavailable);
    }
  }

  private MimeMessage message(OutboxMail mail, Instant now) throws MessagingException, UnsupportedEncodingException {
    MimeMessage message = mailSender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
    helper.setFrom(new InternetAddress(settings.from(), SENDER_NAME, "UTF-8"));
    helper.setTo(mail.getRecipientAddress());
    helper.setSubject(mail.getSubject());
    helper.setText(mail.getBody(), false);
    helper.setSentDate(Date.from(now));
    // JavaMailSenderImpl keeps an explicitly set Message-ID instead of generating a new one per attempt.
    message.setHeader("Message-ID",
        MessageIds.of(mail.getId(), mail.getDedupKey(), mail.getRecipientUserId(), settings.from()));
    return message;
  }

  /** Connection refused, timeouts, unknown host, refused login: nothing in this batch can be sent now. */
  static boolean serverUnavailable(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof MailAuthenticationException || t instanceof SocketException
          || t instanceof SocketTimeoutException || t instanceof UnknownHostException
          || t instanceof jakarta.mail.AuthenticationFailedException) {
        return true;
      }
      if (t instanceof org.springframework.mail.MailSendException send) {
        for (Exception failure : send.getFailedMessages().values()) {
          if (failure != t && serverUnavailable(failure)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** One line for the outbox and the log: the innermost message, never a stack trace. */
  static String describe(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root == error && error instanceof org.springframework.mail.MailSendException send
        && !send.getFailedMessages().isEmpty()) {
      root = send.getFailedMessages().values().iterator().next();
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
    }
    String message = root.getMessage() == null ? "" : ": " + root.getMessage();
    return root.getClass().getSimpleName() + message;
  }
}
