package cn.szftu.studio.ranking;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters of one batch's ranking (SPEC §3.1/§4).
 *
 * @param passLine the pass line: a score at or above it passes; within 0..100 (default {@link #DEFAULT_PASS_LINE})
 * @param unionQuotas places per recommending union code; each at least 0
 * @param defaultUnionQuota places of a union missing from {@code unionQuotas}; at least 0
 * @param totalQuota the batch's total places, at least 0; null means no total limit
 * @param unionNames display names per union code for the reasons; a union without a name is shown by its code
 */
public record RankingRules(
    BigDecimal passLine,
    Map<String, Integer> unionQuotas,
    int defaultUnionQuota,
    Integer totalQuota,
    Map<String, String> unionNames) {

  public static final BigDecimal DEFAULT_PASS_LINE = new BigDecimal("75");

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  public RankingRules {
    if (passLine == null) {
      throw new IllegalArgumentException("The pass line is required");
    }
    if (passLine.signum() < 0 || passLine.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("The pass line must be within 0..100, got " + passLine.toPlainString());
    }
    if (defaultUnionQuota < 0) {
      throw new IllegalArgumentException("The default union quota must not be negative, got " + defaultUnionQuota);
    }
    if (totalQuota != null && totalQuota < 0) {
      throw new IllegalArgumentException("The total quota must not be negative, got " + totalQuota);
    }
    unionQuotas = copyQuotas(unionQuotas);
    unionNames = copyNames(unionNames);
  }

  /** Rules without union names (reasons show union codes). */
  public RankingRules(BigDecimal passLine, Map<String, Integer> unionQuotas, int defaultUnionQuota,
      Integer totalQuota) {
    this(passLine, unionQuotas, defaultUnionQuota, totalQuota, Map.of());
  }

  /** Rules with the default pass line 75 and without union names. */
  public static RankingRules withDefaultPassLine(Map<String, Integer> unionQuotas, int defaultUnionQuota,
      Integer totalQuota) {
    return new RankingRules(DEFAULT_PASS_LINE, unionQuotas, defaultUnionQuota, totalQuota, Map.of());
  }

  /** The same rules with these union display names. */
  public RankingRules withUnionNames(Map<String, String> names) {
    return new RankingRules(passLine, unionQuotas, defaultUnionQuota, totalQuota, names);
  }

  /** Places of this union: its listed quota, or {@link #defaultUnionQuota} when not listed. */
  public int quotaOf(String unionCode) {
    return unionQuotas.getOrDefault(unionCode, defaultUnionQuota);
  }

  /** Display name of this union, or its code when no name is given. */
  public String nameOf(String unionCode) {
    String name = unionNames.get(unionCode);
    return name == null || name.isBlank() ? unionCode : name;
  }

  private static Map<String, Integer> copyQuotas(Map<String, Integer> quotas) {
    if (quotas == null) {
      return Map.of();
    }
    Map<String, Integer> copy = new LinkedHashMap<>();
    quotas.forEach((union, quota) -> {
      if (union == null || union.isBlank()) {
        throw new IllegalArgumentException("A union quota has no union code");
      }
      if (quota == null || quota < 0) {
        throw new IllegalArgumentException("The quota of union " + union + " must be at least 0, got " + quota);
      }
      copy.put(union, quota);
    });
    return Map.copyOf(copy);
  }

  private static Map<String, String> copyNames(Map<String, String> names) {
    if (names == null) {
      return Map.of();
    }
    Map<String, String> copy = new LinkedHashMap<>();
    names.forEach((union, name) -> {
      if (union != null && name != null) {
        copy.put(union, name);
      }
    });
    return Map.copyOf(copy);
  }
}
