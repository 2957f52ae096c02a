package cn.szftu.studio.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "91350100M000100Y43", // the example code widely used to illustrate GB 32100
      "914403047524436642", "12440300760478541D", "91440307733796077U"})
  void acceptsCodesWithCorrectCheckCharacter(String code) {
    assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "914403047524436643", // last character altered
      "91440304752443664", // 17 characters
      "9144030475244366420", // 19 characters
      "91440304752443664I", // I is not in the alphabet
      "914403047524436O42", // O is not in the alphabet
      "91A403047524436642", // the region part must be digits
      "914403047524436642 ", ""})
  void refusesMalformedOrWrongCheckCharacter(String code) {
    assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
  }

  @Test
  void refusesNull() {
    assertThat(UnifiedSocialCreditCode.isValid(null)).isFalse();
  }

  @Test
  void checkCharacterOfHandComputedExample() {
    // sum of value x weight = 1640; 1640 mod 31 = 28; 31 - 28 = 3
    String first17 = "91350100M000100Y4";
    assertThat(UnifiedSocialCreditCode.checkCharacter(first17)).isEqualTo('3');
  }
}
