package cn.szftu.studio.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Users made for one test, for checks that would otherwise disturb a shared demo user (e.g. login throttling). */
public final class ThrowawayUsers {

  public static final String PASSWORD = "a-throwaway-passphrase";

  private ThrowawayUsers() {
  }

  public static String create(IdentityService identityService, String prefix) {
    String id = prefix + "-" + Long.toString(System.nanoTime(), 36);
    User user = identityService.newUser(id);
    user.setFirstName("测试");
    user.setLastName("用户");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    return id;
  }
}
