package cn.szftu.studio.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Demo users, only in the demo profile. Their short passwords (Camunda's demo/demo convention) skip the password
 * policy, which still applies to every user created in Admin. Existing users are left as they are, so a password
 * changed during a demo survives a restart.
 */
@Component
@Profile("demo")
public class DemoUsers {

  private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

  private final IdentityService identityService;
  private final Resource usersFile;

  public DemoUsers(IdentityService identityService, @Value("${studio.demo.users-file}") Resource usersFile) {
    this.identityService = identityService;
    this.usersFile = usersFile;
  }

  public void load() {
    int created = 0;
    for (DemoUser demo : read()) {
      if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.email());
        user.setPassword(demo.password());
        ((IdentityServiceImpl) identityService).saveUser(user, true);
        created++;
      }
      for (String group : demo.groups()) {
        if (identityService.createGroupQuery().groupId(group).count() == 0) {
          throw new IllegalStateException("demo user " + demo.id() + " names unknown group " + group);
        }
        if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
          identityService.createMembership(demo.id(), group);
        }
      }
    }
    log.info("Demo users ready ({} created)", created);
  }

  private List<DemoUser> read() {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try (InputStream in = usersFile.getInputStream()) {
      return yaml.readValue(in, DemoUserFile.class).users();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read demo users from " + usersFile.getDescription(), e);
    }
  }

  record DemoUserFile(List<DemoUser> users) {
  }

  record DemoUser(String id, String password, String firstName, String lastName, String email, String role,
      List<String> groups) {
  }
}
