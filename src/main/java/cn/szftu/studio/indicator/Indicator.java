package cn.szftu.studio.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator of a validated set: level 1 (一级), 2 (二级) or 3 (三级, the items experts score). {@code max} always
 * has scale 1 (5 is held as 5.0), so two sets with the same content are equal. {@code hint} is null when absent.
 */
public record Indicator(String id, String name, BigDecimal max, String hint, int level, List<Indicator> children) {

  public Indicator {
    children = List.copyOf(children);
  }

  public boolean isScoringItem() {
    return children.isEmpty();
  }

  IndicatorRef ref() {
    return new IndicatorRef(id, name, max);
  }
}
