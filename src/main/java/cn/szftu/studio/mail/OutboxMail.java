package cn.szftu.studio.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One mail to one recipient in the outbox: rendered when queued, so what is sent is what was decided then. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

  static final int MAX_ERROR_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "dedup_key", nullable = false, length = 200)
  private String dedupKey;

  @Column(name = "recipient_user_id", nullable = false, length = 64)
  private String recipientUserId;

  @Column(name = "recipient_address", nullable = false, length = 254)
  private String recipientAddress;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(nullable = false, length = 8000)
  private String body;

  @Column(name = "task_id", length = 64)
  private String taskId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private MailStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error", length = MAX_ERROR_LENGTH)
  private String lastError;

  protected OutboxMail() {
  }

  OutboxMail(String dedupKey, MailRecipient recipient, String subject, String body, String taskId, Instant now) {
    this.dedupKey = dedupKey;
    this.recipientUserId = recipient.userId();
    this.recipientAddress = recipient.address();
    this.subject = subject;
    this.body = body;
    this.taskId = taskId;
    this.status = MailStatus.PENDING;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  void sent(Instant now) {
    status = MailStatus.SENT;
    attempts++;
    sentAt = now;
    lastError = null;
  }

  /** A failed attempt: try again at {@code retryAt}, or give up when there is none. */
  void failed(String error, Instant retryAt) {
    attempts++;
    lastError = shorten(error);
    if (retryAt == null) {
      status = MailStatus.FAILED;
    } else {
      nextAttemptAt = retryAt;
    }
  }

  /** Too old to be useful any more (the sender was off or the server down for longer than the mail matters). */
  void expired(String reason) {
    status = MailStatus.FAILED;
    lastError = shorten(reason);
  }

  /** An administrator's second chance for a mail given up on. */
  void retry(Instant now) {
    status = MailStatus.PENDING;
    attempts = 0;
    nextAttemptAt = now;
    createdAt = now;
  }

  private static String shorten(String error) {
    if (error == null) {
      return null;
    }
    String oneLine = error.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= MAX_ERROR_LENGTH ? oneLine : oneLine.substring(0, MAX_ERROR_LENGTH - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public String getDedupKey() {
    return dedupKey;
  }

  public String getRecipientUserId() {
    return recipientUserId;
  }

  public String getRecipientAddress() {
    return recipientAddress;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getTaskId() {
    return taskId;
  }

  public MailStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public String getLastError() {
    return lastError;
  }
}
