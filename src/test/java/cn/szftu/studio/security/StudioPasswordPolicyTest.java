package cn.szftu.studio.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;

class StudioPasswordPolicyTest {

  private final StudioPasswordPolicy policy = new StudioPasswordPolicy();

  @Test
  void lengthDecidesNotComposition() {
    assertThat(passes("short-11-ch")).isFalse();
    assertThat(passes("twelve chars")).isTrue();
    assertThat(passes("alllowercaseletters")).isTrue();
    assertThat(passes("深圳市总工会劳模工匠创新工作室")).isTrue();
    assertThat(passes("a".repeat(64))).isTrue();
  }

  @Test
  void onlyLengthAndUserDataRules() {
    assertThat(policy.getRules()).extracting(PasswordPolicyRule::getPlaceholder)
        .containsExactly("PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_USER_DATA");
  }

  @Test
  void passwordMadeOfTheUsersOwnDataIsRefused() {
    assertThat(passes("zhangsan-zhangsan")).isFalse();
  }

  private boolean passes(String password) {
    UserEntity user = new UserEntity("zhangsan");
    user.setFirstName("San");
    user.setLastName("Zhang");
    return policy.getRules().stream().allMatch(r -> r.execute(password, user));
  }
}
