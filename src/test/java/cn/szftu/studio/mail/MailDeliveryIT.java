package cn.szftu.studio.mail;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.mail.demo.DemoMailServer;
import cn.szftu.studio.support.PostgresIntegrationTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The outbox sent over real SMTP (the demo profile's embedded GreenMail server): once each, through outages. */
class MailDeliveryIT extends PostgresIntegrationTest {

  @Autowired
  Notifications notifications;
  @Autowired
  OutboxMailRepository outbox;
  @Autowired
  OutboxSender sender;
  @Autowired
  DemoMailServer server;
  @Autowired
  IdentityService identity;
  @Autowired
  MailSettings settings;
  @Autowired
  Clock clock;

  Mailbox mailbox;

  @BeforeEach
  void mailbox() {
    mailbox = new Mailbox(server, sender, outbox, clock);
  }

  @Test
  void oneNotificationIsExactlyOneUtf8MailWithTheTaskLink() throws Exception {
    String wang = MailUsers.user(identity, "mail-wang", "王", "芳");
    String key = MailUsers.unique("delivery");
    notifications.toUsers(List.of(wang), Notification.aboutTask(key, "新的待办：推荐单位审核",
        "您有一项新的待办任务：推荐单位审核\n编号：SQ-2026-0001", "task-4711"));

    OutboxMail row = mailbox.deliver(key).get(0);
    sender.sendDue(clock.instant().plus(Duration.ofHours(1)));
    sender.sendDue(clock.instant().plus(Duration.ofDays(1)));

    List<MimeMessage> received = mailbox.to(MailUsers.address(wang));
    assertThat(received).hasSize(1);
    MimeMessage mail = received.get(0);
    assertThat(Mailbox.subject(mail)).isEqualTo("【创新工作室】新的待办：推荐单位审核");
    assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
    assertThat(Mailbox.text(mail)).startsWith("王芳，您好：")
        .contains("您有一项新的待办任务：推荐单位审核", "编号：SQ-2026-0001")
        .contains("办理任务：" + settings.baseUrl() + "/camunda/app/tasklist/default/#/?task=task-4711");
    assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo(settings.from());
    assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo(OutboxSender.SENDER_NAME);
    assertThat(mail.getMessageID())
        .isEqualTo(MessageIds.of(row.getId(), key, wang, settings.from()));
    row = outbox.findById(row.getId()).orElseThrow();
    assertThat(row.getStatus()).isEqualTo(MailStatus.SENT);
    assertThat(row.getAttempts()).isEqualTo(1);
    assertThat(row.getSentAt()).isNotNull();
  }

  @Test
  void aMailServerOutageLosesNothingAndRestartDeliversEachMailOnce() {
    String li = MailUsers.user(identity, "mail-li", "李", "敏");
    String zhang = MailUsers.user(identity, "mail-zhang", "张", "强");
    String key = MailUsers.unique("outage");
    server.stop();
    try {
      notifications.toUsers(List.of(li, zhang), Notification.general(key, "通知", "邮件服务器停机期间排队的通知。"));
      // After queuing: a row is due from the moment it is queued, not before.
      Instant now = clock.instant();
      List<OutboxMail> waiting = mailbox.attempt(key, now);
      assertThat(waiting).hasSize(2).allSatisfy(row -> {
        assertThat(row.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(row.getAttempts()).isPositive();
        assertThat(row.getNextAttemptAt()).isAfter(now);
        assertThat(row.getLastError()).isNotBlank().doesNotContain("\n").doesNotContain("\tat ");
      });
    } finally {
      server.start();
    }

    Instant later = clock.instant().plus(Duration.ofHours(1));
    mailbox.deliver(key, later);
    sender.sendDue(later.plus(Duration.ofMinutes(5)));
    sender.sendDue(later.plus(Duration.ofHours(7)));

    assertThat(mailbox.to(MailUsers.address(li))).hasSize(1);
    assertThat(mailbox.to(MailUsers.address(zhang))).hasSize(1);
  }

  @Test
  void aMailThatNeverGoesOutIsGivenUpAfterTheLastAttempt() {
    String zhou = MailUsers.user(identity, "mail-zhou", "周", "静");
    String key = MailUsers.unique("given-up");
    Instant at = clock.instant();
    server.stop();
    OutboxMail row;
    try {
      notifications.toUsers(List.of(zhou), Notification.general(key, "通知", "永远发不出去的通知。"));
      long id = outbox.findByDedupKeyOrderByIdAsc(key).get(0).getId();
      for (int i = 0; i < settings.maxAttempts() + 5
          && outbox.findById(id).orElseThrow().getStatus() == MailStatus.PENDING; i++) {
        sender.send(id, at);
        at = at.plus(settings.maxRetryDelay());
      }
      row = outbox.findById(id).orElseThrow();
    } finally {
      server.start();
    }

    assertThat(row.getStatus()).isEqualTo(MailStatus.FAILED);
    assertThat(row.getAttempts()).isEqualTo(settings.maxAttempts());
    assertThat(row.getLastError()).isNotBlank();
    sender.sendDue(at.plus(Duration.ofHours(1)));
    assertThat(outbox.findById(row.getId()).orElseThrow().getStatus()).isEqualTo(MailStatus.FAILED);
    assertThat(mailbox.to(MailUsers.address(zhou))).isEmpty();
  }
}
