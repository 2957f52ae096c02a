package cn.szftu.studio.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

/** How failures are told apart and recorded: one short line, and whether the whole server is out of reach. */
class OutboxSenderErrorsTest {

  @Test
  void anUnreachableServerStopsTheBatch() {
    MessagingException connect = new MessagingException("Couldn't connect to host, port: 127.0.0.1, 2525",
        new ConnectException("Connection refused"));
    MailSendException failure = new MailSendException("Mail server connection failed", connect);

    assertThat(OutboxSender.serverUnavailable(failure)).isTrue();
    assertThat(OutboxSender.describe(failure)).isEqualTo("ConnectException: Connection refused");
  }

  @Test
  void aRefusedRecipientOnlyFailsItsOwnMail() {
    SendFailedException refused = new SendFailedException("550 5.1.1 mailbox unavailable");
    MailSendException failure = new MailSendException(Map.of(new Object(), refused));

    assertThat(OutboxSender.serverUnavailable(failure)).isFalse();
    assertThat(OutboxSender.describe(failure)).isEqualTo("SendFailedException: 550 5.1.1 mailbox unavailable");
  }

  @Test
  void theRecordedErrorIsOneShortLine() {
    OutboxMail mail = new OutboxMail("k", new MailRecipient("u", "名", "u@x.invalid"), "s", "b", null,
        Instant.parse("2026-11-25T02:00:00Z"));

    mail.failed("first line\n\tat some.Frame(Frame.java:1)\n" + "x".repeat(1000), Instant.parse("2026-11-25T02:01:00Z"));

    assertThat(mail.getLastError()).hasSize(OutboxMail.MAX_ERROR_LENGTH).doesNotContain("\n").startsWith("first line");
    assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
    assertThat(mail.getAttempts()).isEqualTo(1);
  }
}
