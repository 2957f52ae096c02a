package cn.szftu.studio.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;

class UserNamesTest {

  @Test
  void chineseNamesAreFamilyNameFirstWithTheIdForReference() {
    assertThat(UserNames.display("applicant1", user("伟", "黄"))).isEqualTo("黄伟（applicant1）");
  }

  @Test
  void latinNamesKeepTheirOrder() {
    assertThat(UserNames.display("jdoe", user("Jane", "Doe"))).isEqualTo("Jane Doe（jdoe）");
  }

  @Test
  void unknownOrNamelessUsersShowTheirId() {
    assertThat(UserNames.display("gone", null)).isEqualTo("gone");
    assertThat(UserNames.display("blank", user(null, " "))).isEqualTo("blank");
  }

  private static UserEntity user(String first, String last) {
    UserEntity user = new UserEntity();
    user.setFirstName(first);
    user.setLastName(last);
    return user;
  }
}
