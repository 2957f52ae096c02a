package cn.szftu.studio.mail;

/** Where a queued mail stands: waiting (or retrying), delivered to the mail server, or given up on. */
public enum MailStatus {
  PENDING,
  SENT,
  FAILED
}
