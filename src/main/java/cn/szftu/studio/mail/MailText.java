package cn.szftu.studio.mail;

/**
 * The text of a mail around the caller's message: a greeting by name, the message, where to act (the task in Tasklist,
 * else Tasklist itself) and a footer saying the mail is automatic. Plain text, so no markup from a message can reach
 * a mail client.
 */
public final class MailText {

  /** Subjects longer than this are cut (the outbox column holds 300 characters). */
  public static final int MAX_SUBJECT_LENGTH = 200;
  /** Callers' messages longer than this are refused: a mail is a notice, the details live in the application. */
  public static final int MAX_BODY_LENGTH = 6000;

  static final String SUBJECT_PREFIX = "【创新工作室】";
  static final String FOOTER = "此邮件由深圳市示范性劳模和工匠人才创新工作室管理系统自动发送，请勿直接回复。";

  private final String baseUrl;

  public MailText(String baseUrl) {
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  public String subject(Notification notification) {
    String subject = SUBJECT_PREFIX + notification.subject().replaceAll("[\\r\\n]+", " ").strip();
    return subject.length() <= MAX_SUBJECT_LENGTH ? subject : subject.substring(0, MAX_SUBJECT_LENGTH - 1) + "…";
  }

  public String body(String recipientName, Notification notification) {
    if (notification.body().length() > MAX_BODY_LENGTH) {
      throw new IllegalArgumentException("notification body longer than " + MAX_BODY_LENGTH + " characters: "
          + notification.key());
    }
    StringBuilder text = new StringBuilder();
    text.append(recipientName).append("，您好：\n\n");
    text.append(notification.body().strip()).append("\n\n");
    if (notification.taskId() != null) {
      text.append("办理任务：").append(taskLink(notification.taskId())).append('\n');
    } else {
      text.append("登录系统：").append(tasklistLink()).append('\n');
    }
    text.append("\n").append(FOOTER).append('\n');
    return text.toString();
  }

  /** The task opened in Tasklist (after login, Tasklist keeps the task in its URL). */
  public String taskLink(String taskId) {
    return tasklistLink() + "#/?task=" + taskId;
  }

  public String tasklistLink() {
    return baseUrl + "/camunda/app/tasklist/default/";
  }
}
