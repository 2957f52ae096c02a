package cn.szftu.studio.mail;

import java.util.Objects;

/**
 * One notification to be mailed: the key makes it unique per recipient (queuing the same key twice for a user sends
 * one mail), the subject and body are Chinese plain text, and the task id, when given, becomes a link to that task in
 * Tasklist (else the mail links to Tasklist's start page).
 */
public record Notification(String key, String subject, String body, String taskId) {

  public Notification {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
  }

  public static Notification aboutTask(String key, String subject, String body, String taskId) {
    return new Notification(key, subject, body, taskId);
  }

  public static Notification general(String key, String subject, String body) {
    return new Notification(key, subject, body, null);
  }
}
