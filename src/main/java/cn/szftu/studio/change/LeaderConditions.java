package cn.szftu.studio.change;

import cn.szftu.studio.application.form.ApplicationContent;
import cn.szftu.studio.eligibility.EligibilityProperties;
import cn.szftu.studio.eligibility.HonourType;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The leader conditions a new leader must meet, the same as at naming (studio.eligibility.*): at least one honour of
 * a qualifying type at or above the minimum level. Team, venue and funding conditions concern the studio, which a
 * leader change does not touch.
 */
@Component
public class LeaderConditions {

  private final EligibilityProperties thresholds;

  public LeaderConditions(EligibilityProperties thresholds) {
    this.thresholds = thresholds;
  }

  /** Why the honours do not qualify, in Chinese; empty when one of them does. */
  public Optional<String> failure(List<ApplicationContent.Honour> honours) {
    boolean qualifies = honours.stream().anyMatch(h -> thresholds.qualifyingHonourTypes().contains(h.type())
        && h.level().rank() >= thresholds.minHonourLevel().rank());
    if (qualifies) {
      return Optional.empty();
    }
    String types = thresholds.qualifyingHonourTypes().stream().sorted().map(HonourType::label)
        .collect(Collectors.joining("、"));
    return Optional.of("新领衔人不符合领衔人条件：须至少具有一项" + thresholds.minHonourLevel().label()
        + "及以上的以下荣誉之一：" + types + "。所填荣誉均不符合");
  }
}
