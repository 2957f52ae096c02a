package cn.szftu.studio.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An immutable, validated indicator set: the first-level indicators in order, each with its subtree. Record equality
 * is content equality, which is what "the same version loaded again" is checked against.
 */
public record IndicatorSet(String version, String title, List<Indicator> indicators) {

  public IndicatorSet {
    indicators = List.copyOf(indicators);
  }

  /** The third-level items in table order, each with its parents. */
  public List<ThirdLevelItem> items() {
    List<ThirdLevelItem> items = new ArrayList<>();
    for (Indicator first : indicators) {
      for (Indicator second : first.children()) {
        for (Indicator third : second.children()) {
          items.add(new ThirdLevelItem(third.id(), third.name(), third.max(), third.hint(), second.ref(), first.ref()));
        }
      }
    }
    return List.copyOf(items);
  }

  public Optional<ThirdLevelItem> item(String id) {
    return items().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** An indicator of any level by id. */
  public Optional<Indicator> indicator(String id) {
    return find(indicators, id);
  }

  private static Optional<Indicator> find(List<Indicator> level, String id) {
    for (Indicator indicator : level) {
      if (indicator.id().equals(id)) {
        return Optional.of(indicator);
      }
      Optional<Indicator> below = find(indicator.children(), id);
      if (below.isPresent()) {
        return below;
      }
    }
    return Optional.empty();
  }

  /** The sum of the first-level maxima; 100 for every validated set. */
  public BigDecimal total() {
    return indicators.stream().map(Indicator::max).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
