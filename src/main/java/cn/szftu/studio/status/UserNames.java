package cn.szftu.studio.status;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Names of users as pages show them: "黄伟（applicant1）", the id alone for a deleted user, "系统" for no user. */
@Component
class UserNames {

  static final String SYSTEM = "系统";

  private final IdentityService identityService;

  UserNames(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** A resolver for one page, so each user is looked up once however often they appear. */
  Resolver resolver() {
    return new Resolver();
  }

  final class Resolver {
    private final Map<String, String> names = new HashMap<>();

    String name(String userId) {
      if (userId == null || userId.isBlank()) {
        return SYSTEM;
      }
      return names.computeIfAbsent(userId, id -> display(id,
          identityService.createUserQuery().userId(id).singleResult()));
    }
  }

  static String display(String userId, User user) {
    if (user == null) {
      return userId;
    }
    String first = user.getFirstName() == null ? "" : user.getFirstName().strip();
    String last = user.getLastName() == null ? "" : user.getLastName().strip();
    // Chinese names are written family name first and without a space; Latin names the other way round.
    boolean latin = (first + last).chars().allMatch(c -> c < 0x250);
    String name = latin ? (first + " " + last).strip() : last + first;
    return name.isEmpty() ? userId : name + "（" + userId + "）";
  }
}
