package cn.szftu.studio.organisation;

import java.util.regex.Pattern;

/**
 * 统一社会信用代码 per GB 32100-2015: 18 characters from a 31-character alphabet (no I, O, S, V, Z), the last one a
 * check character computed modulo 31 over the first 17 with fixed weights.
 */
public final class UnifiedSocialCreditCode {

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final Pattern SHAPE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}");

  private UnifiedSocialCreditCode() {
  }

  public static boolean isValid(String code) {
    if (code == null || !SHAPE.matcher(code).matches()) {
      return false;
    }
    return checkCharacter(code.substring(0, 17)) == code.charAt(17);
  }

  /** The check character for the first 17 characters of a code. */
  public static char checkCharacter(String first17) {
    if (first17.length() != 17) {
      throw new IllegalArgumentException("need 17 characters, got " + first17.length());
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int value = ALPHABET.indexOf(first17.charAt(i));
      if (value < 0) {
        throw new IllegalArgumentException("character outside GB 32100 alphabet: " + first17.charAt(i));
      }
      sum += value * WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return ALPHABET.charAt(check == 31 ? 0 : check);
  }
}
