package cn.szftu.studio.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * There is no default administrator. On the first start (no member of camunda-admin yet) one is created from the
 * environment, and start-up fails with instructions when the environment gives no password. Later starts ignore the
 * variables, so a password changed in Admin is never reset by a restart.
 */
@Component
public class AdminBootstrap {

  static final String MISSING_PASSWORD = "尚无系统管理员账号，应用拒绝启动。首次启动请设置环境变量 STUDIO_ADMIN_PASSWORD"
      + "（管理员密码，至少 " + StudioPasswordPolicy.MIN_LENGTH + " 个字符），可选 STUDIO_ADMIN_ID（管理员账号，默认 admin）。"
      + " / No administrator exists, so the application refuses to start: on the first start set STUDIO_ADMIN_PASSWORD"
      + " (at least " + StudioPasswordPolicy.MIN_LENGTH + " characters) and optionally STUDIO_ADMIN_ID (default admin).";

  private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

  private final IdentityService identityService;
  private final String adminId;
  private final String adminPassword;

  public AdminBootstrap(IdentityService identityService, @Value("${studio.admin.id:admin}") String adminId,
      @Value("${studio.admin.password:}") String adminPassword) {
    this.identityService = identityService;
    this.adminId = adminId;
    this.adminPassword = adminPassword;
  }

  public void ensureAdministrator() {
    if (identityService.createUserQuery().memberOfGroup(Groups.ADMIN).count() > 0) {
      return;
    }
    if (adminPassword == null || adminPassword.isBlank()) {
      throw new AdministratorSetupException(MISSING_PASSWORD);
    }
    User admin = identityService.createUserQuery().userId(adminId).singleResult();
    if (admin == null) {
      admin = identityService.newUser(adminId);
      admin.setFirstName("系统");
      admin.setLastName("管理员");
    }
    PasswordPolicyResult policy = identityService.checkPasswordAgainstPolicy(adminPassword, admin);
    if (!policy.isValid()) {
      throw new AdministratorSetupException("STUDIO_ADMIN_PASSWORD 不符合密码规则：至少 " + StudioPasswordPolicy.MIN_LENGTH
          + " 个字符，且不能包含账号或姓名。 / STUDIO_ADMIN_PASSWORD violates the password policy.");
    }
    admin.setPassword(adminPassword);
    identityService.saveUser(admin);
    identityService.createMembership(adminId, Groups.ADMIN);
    log.info("Administrator account '{}' created from the environment", adminId);
  }
}
