package cn.szftu.studio.mail;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * Users and groups made for one mail test, with addresses of their own, so a test counts only its own mails however
 * many other tests queue (every task of every process now mails someone) and however often the suite runs.
 */
final class MailUsers {

  static final String DOMAIN = "mail-it.invalid";

  private MailUsers() {
  }

  static String unique(String prefix) {
    return prefix + "-" + Long.toString(System.nanoTime(), 36);
  }

  static String user(IdentityService identity, String prefix, String lastName, String firstName) {
    String id = unique(prefix);
    User user = identity.newUser(id);
    user.setLastName(lastName);
    user.setFirstName(firstName);
    user.setEmail(address(id));
    user.setPassword("a-throwaway-passphrase");
    identity.saveUser(user);
    return id;
  }

  static String userWithoutAddress(IdentityService identity, String prefix) {
    String id = unique(prefix);
    User user = identity.newUser(id);
    user.setLastName("无");
    user.setFirstName("邮箱");
    user.setPassword("a-throwaway-passphrase");
    identity.saveUser(user);
    return id;
  }

  static String group(IdentityService identity, String prefix, String... members) {
    String id = unique(prefix);
    Group group = identity.newGroup(id);
    group.setName("邮件测试组");
    group.setType("WORKFLOW");
    identity.saveGroup(group);
    for (String member : members) {
      identity.createMembership(member, id);
    }
    return id;
  }

  static String address(String userId) {
    return userId + "@" + DOMAIN;
  }
}
