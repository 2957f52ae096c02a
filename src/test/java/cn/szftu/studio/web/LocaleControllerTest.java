package cn.szftu.studio.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocaleControllerTest {

  @ParameterizedTest
  @ValueSource(strings = {"/", "/login", "/camunda/app/tasklist/default/"})
  void localPathsAreFollowed(String next) {
    assertThat(LocaleController.isLocalPath(next)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://evil.example", "//evil.example", "/\\evil.example", "evil", "/x?u=http://e"})
  void otherTargetsAreNot(String next) {
    assertThat(LocaleController.isLocalPath(next)).isFalse();
  }
}
