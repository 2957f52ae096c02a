package cn.szftu.studio.mail;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.mail.demo.DemoMailServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * What the tests look at: the mails the demo's SMTP server (the real, embedded GreenMail server the application sends
 * to) received for one address, and a way to get a test's own outbox rows delivered. The application's own sender
 * polls in the background too, so a row may already be on its way; then this waits for it instead of sending it.
 */
final class Mailbox {

  private final DemoMailServer server;
  private final OutboxSender sender;
  private final OutboxMailRepository outbox;
  private final Clock clock;

  Mailbox(DemoMailServer server, OutboxSender sender, OutboxMailRepository outbox, Clock clock) {
    this.server = server;
    this.sender = sender;
    this.outbox = outbox;
    this.clock = clock;
  }

  List<MimeMessage> to(String address) {
    return server.received().stream().filter(m -> recipients(m).contains(address)).toList();
  }

  /** Sends every row of the key as of {@code at} and waits until all are SENT (the background poll may hold one). */
  List<OutboxMail> deliver(String key, Instant at) {
    for (OutboxMail row : outbox.findByDedupKeyOrderByIdAsc(key)) {
      sender.send(row.getId(), at);
    }
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(90));
    while (true) {
      List<OutboxMail> rows = outbox.findByDedupKeyOrderByIdAsc(key);
      if (rows.stream().allMatch(r -> r.getStatus() == MailStatus.SENT)) {
        return rows;
      }
      assertThat(Instant.now()).as("mails of %s still not sent: %s", key, rows.stream()
          .map(r -> r.getRecipientUserId() + "=" + r.getStatus() + "/" + r.getLastError()).toList())
          .isBefore(giveUp);
      rows.forEach(r -> sender.send(r.getId(), at));
      pause();
    }
  }

  /** Tries every row of the key as of {@code at} until each has been attempted at least once. */
  List<OutboxMail> attempt(String key, Instant at) {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(90));
    while (true) {
      List<OutboxMail> rows = outbox.findByDedupKeyOrderByIdAsc(key);
      if (rows.stream().allMatch(r -> r.getAttempts() > 0)) {
        return rows;
      }
      assertThat(Instant.now()).as("mails of %s not attempted", key).isBefore(giveUp);
      rows.stream().filter(r -> r.getAttempts() == 0).forEach(r -> sender.send(r.getId(), at));
      if (rows.stream().anyMatch(r -> r.getAttempts() == 0)) {
        pause();
      }
    }
  }

  List<OutboxMail> deliver(String key) {
    return deliver(key, clock.instant());
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static List<String> recipients(MimeMessage message) {
    try {
      Address[] to = message.getAllRecipients();
      return to == null ? List.of() : Arrays.stream(to).map(a -> ((InternetAddress) a).getAddress()).toList();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(MimeMessage message) {
    try {
      return (String) message.getContent();
    } catch (MessagingException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
