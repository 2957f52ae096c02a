package cn.szftu.studio.expert;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo expert pool, only in the demo profile, loaded by StartupSynchronization once the {@code experts} group and the
 * organisation rows exist and before the Tasklist filters are made. Each expert gets a Camunda user (password = user id, like the
 * other demo users; an existing user is left as it is) in group {@code experts}, and a pool row, upserted so a
 * restart writes nothing.
 */
@Component
@Profile("demo")
public class DemoExperts {

  static final String GROUP = "experts";

  private static final Logger log = LoggerFactory.getLogger(DemoExperts.class);

  private final IdentityService identityService;
  private final ExpertRepository experts;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final Resource expertsFile;

  public DemoExperts(IdentityService identityService, ExpertRepository experts, TransactionTemplate transaction,
      Clock clock, @Value("${studio.demo.experts-file:classpath:demo/demo-experts.yaml}") Resource expertsFile) {
    this.identityService = identityService;
    this.experts = experts;
    this.transaction = transaction;
    this.clock = clock;
    this.expertsFile = expertsFile;
  }

  /** Called by StartupSynchronization after the demo users and before the Tasklist filters. */
  public void load() {
    List<DemoExpert> demo = read();
    if (identityService.createGroupQuery().groupId(GROUP).count() == 0) {
      throw new IllegalStateException("group " + GROUP + " is missing; the start-up synchronisation creates it");
    }
    int usersCreated = 0;
    for (DemoExpert expert : demo) {
      if (identityService.createUserQuery().userId(expert.id()).count() == 0) {
        User user = identityService.newUser(expert.id());
        user.setFirstName(expert.firstName());
        user.setLastName(expert.lastName());
        user.setEmail(expert.id() + "@example.invalid");
        user.setPassword(expert.id());
        ((IdentityServiceImpl) identityService).saveUser(user, true);
        usersCreated++;
      }
      if (identityService.createUserQuery().userId(expert.id()).memberOfGroup(GROUP).count() == 0) {
        identityService.createMembership(expert.id(), GROUP);
      }
    }
    Instant now = clock.instant();
    Integer rowsChanged = transaction.execute(status -> {
      int changed = 0;
      for (DemoExpert expert : demo) {
        Expert row = experts.findById(expert.id()).orElseGet(() -> new Expert(expert.id()));
        if (row.apply(expert.profile(), now)) {
          experts.save(row);
          changed++;
        }
      }
      return changed;
    });
    log.info("Demo expert pool ready: {} experts ({} users created, {} pool rows written)", demo.size(),
        usersCreated, rowsChanged);
  }

  private List<DemoExpert> read() {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try (InputStream in = expertsFile.getInputStream()) {
      return yaml.readValue(in, DemoExpertFile.class).experts();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read demo experts from " + expertsFile.getDescription(), e);
    }
  }

  record DemoExpertFile(List<DemoExpert> experts) {
  }

  record DemoExpert(String id, String lastName, String firstName, String employer, String employerCode,
      String industry, String unionCode, Boolean active) {

    ExpertProfile profile() {
      return new ExpertProfile(id, lastName + firstName, employer, employerCode, industry, unionCode,
          active == null || active);
    }
  }
}
