package cn.szftu.studio.scoring;

import java.math.BigDecimal;

/**
 * One expert's points for one third-level item. {@code points} may be null (reported as "未填写分数");
 * it must lie in [0, max] and have at most one decimal place (e.g. {@code 4.5}; {@code 4.25} is refused).
 */
public record ItemScore(String itemId, BigDecimal points) {

  public static ItemScore of(String itemId, String points) {
    return new ItemScore(itemId, new BigDecimal(points));
  }
}
