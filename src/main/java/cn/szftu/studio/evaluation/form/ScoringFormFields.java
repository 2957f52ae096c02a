package cn.szftu.studio.evaluation.form;

import cn.szftu.studio.scoring.VetoFlag;

/**
 * Keys of the scoring form's fields. Item ids contain dots, which form-js reads as nested paths, so an item's key
 * escapes them reversibly ({@code C2.2} → {@code score_C2_d2}); two items can never share a key.
 */
public final class ScoringFormFields {

  public static final String SCORE_PREFIX = "score_";
  public static final String VETO_PREFIX = "veto_";
  public static final String VETO_FACTS_PREFIX = "vetoFacts_";

  private ScoringFormFields() {
  }

  public static String scoreKey(String itemId) {
    StringBuilder key = new StringBuilder(SCORE_PREFIX);
    for (char c : itemId.toCharArray()) {
      switch (c) {
        case '_' -> key.append("_u");
        case '.' -> key.append("_d");
        case '-' -> key.append("_h");
        default -> key.append(c);
      }
    }
    return key.toString();
  }

  public static String vetoKey(VetoFlag flag) {
    return VETO_PREFIX + flag.name();
  }

  public static String vetoFactsKey(VetoFlag flag) {
    return VETO_FACTS_PREFIX + flag.name();
  }
}
