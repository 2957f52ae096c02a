package cn.szftu.studio.mail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Users and group members with their e-mail addresses, from Camunda's identity service. Looked up without the engine's
 * authorization checks: a mail is usually queued while some other user acts (the applicant's submission creates the
 * union's task), and that user may not read the recipients' accounts; the addresses never reach them.
 */
@Component
public class MailRecipients {

  private final ProcessEngineConfigurationImpl engineConfiguration;

  public MailRecipients(ProcessEngineConfigurationImpl engineConfiguration) {
    this.engineConfiguration = engineConfiguration;
  }

  /** The given users that have an address, in the given order, each once. */
  public List<MailRecipient> users(Collection<String> userIds) {
    List<String> ids = userIds.stream().filter(Objects::nonNull).distinct().toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    List<User> found = query(ctx -> ctx.getReadOnlyIdentityProvider().createUserQuery(ctx)
        .userIdIn(ids.toArray(String[]::new)).list());
    Map<String, User> byId = new LinkedHashMap<>();
    found.forEach(u -> byId.put(u.getId(), u));
    List<MailRecipient> recipients = new ArrayList<>();
    for (String id : ids) {
      User user = byId.get(id);
      if (user != null && hasAddress(user)) {
        recipients.add(recipient(user));
      }
    }
    return recipients;
  }

  /** Members of the given groups that have an address; a member of several groups once. */
  public List<MailRecipient> groupMembers(Collection<String> groupIds) {
    Map<String, MailRecipient> recipients = new LinkedHashMap<>();
    for (String groupId : groupIds.stream().filter(Objects::nonNull).distinct().toList()) {
      List<User> members = query(ctx -> ctx.getReadOnlyIdentityProvider().createUserQuery(ctx)
          .memberOfGroup(groupId).orderByUserId().asc().list());
      for (User member : members) {
        if (hasAddress(member)) {
          recipients.putIfAbsent(member.getId(), recipient(member));
        }
      }
    }
    return List.copyOf(recipients.values());
  }

  private <T> T query(java.util.function.Function<CommandContext, T> query) {
    return engineConfiguration.getCommandExecutorTxRequired()
        .execute(ctx -> ctx.runWithoutAuthorization(() -> query.apply(ctx)));
  }

  private static boolean hasAddress(User user) {
    String email = user.getEmail();
    return email != null && MailAddresses.isPlausible(email);
  }

  private static MailRecipient recipient(User user) {
    return new MailRecipient(user.getId(), displayName(user), user.getEmail().strip());
  }

  /** Chinese names family name first without a space, Latin names the other way round; the id when there is none. */
  static String displayName(User user) {
    String first = user.getFirstName() == null ? "" : user.getFirstName().strip();
    String last = user.getLastName() == null ? "" : user.getLastName().strip();
    boolean latin = (first + last).chars().allMatch(c -> c < 0x250);
    String name = latin ? (first + " " + last).strip() : last + first;
    return name.isEmpty() ? user.getId() : name;
  }
}
