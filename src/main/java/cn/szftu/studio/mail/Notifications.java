package cn.szftu.studio.mail;

import java.util.Collection;

/**
 * Queues mails in the outbox, in the caller's transaction: if the caller rolls back, nothing is sent; once committed,
 * the outbox sends each mail exactly once even when the mail server is down for a while.
 */
public interface Notifications {

  /** One mail per user that has an e-mail address; users without one are skipped. */
  void toUsers(Collection<String> userIds, Notification notification);

  /** One mail per member of each group (a member of two groups gets one mail). */
  void toGroups(Collection<String> groupIds, Notification notification);
}
