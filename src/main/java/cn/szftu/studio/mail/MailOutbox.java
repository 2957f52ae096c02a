package cn.szftu.studio.mail;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Notifications} as rows in {@code mail_outbox}, written in the caller's transaction (the engine and JPA share
 * Spring's transaction): a rolled-back task completion queues nothing, a committed one is sent by the
 * outbox sender later, whatever the mail server does meanwhile. The same key for the same user is queued once;
 * two transactions queuing the same key for the same user at the same moment would meet the unique constraint, which
 * only happens when the caller itself runs twice concurrently.
 */
@Service
public class MailOutbox implements Notifications {

  private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

  /** The outbox column's width. */
  public static final int MAX_KEY_LENGTH = 200;

  private final OutboxMailRepository outbox;
  private final MailRecipients recipients;
  private final MailText text;
  private final Clock clock;

  public MailOutbox(OutboxMailRepository outbox, MailRecipients recipients, MailSettings settings, Clock clock) {
    this.outbox = outbox;
    this.recipients = recipients;
    this.text = new MailText(settings.baseUrl());
    this.clock = clock;
  }

  @Override
  @Transactional
  public void toUsers(Collection<String> userIds, Notification notification) {
    queue(recipients.users(userIds), notification);
  }

  @Override
  @Transactional
  public void toGroups(Collection<String> groupIds, Notification notification) {
    queue(recipients.groupMembers(groupIds), notification);
  }

  private void queue(List<MailRecipient> to, Notification notification) {
    if (notification.key().length() > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException("notification key longer than " + MAX_KEY_LENGTH + ": " + notification.key());
    }
    String subject = text.subject(notification);
    for (MailRecipient recipient : to) {
      if (outbox.existsByDedupKeyAndRecipientUserId(notification.key(), recipient.userId())) {
        continue;
      }
      outbox.save(new OutboxMail(notification.key(), recipient, subject, text.body(recipient.name(), notification),
          notification.taskId(), clock.instant()));
      log.debug("Queued mail {} for {}", notification.key(), recipient.userId());
    }
  }
}
