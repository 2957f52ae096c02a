package cn.szftu.studio.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The indicator structure an evaluation is scored against: the third-level items (in display order)
 * and the Chinese names of the first- and second-level indicators, keyed by id. Deliberately minimal and
 * independent of the indicator-set data model; an adapter maps a loaded indicator set onto it.
 */
public record ScoringStructure(String version, List<ScoringItem> items, Map<String, String> levelNames) {

  public ScoringStructure {
    Objects.requireNonNull(items, "items");
    if (items.isEmpty()) {
      throw new IllegalArgumentException("an indicator structure needs at least one item");
    }
    items = List.copyOf(items);
    Set<String> ids = new HashSet<>();
    for (ScoringItem item : items) {
      if (!ids.add(item.id())) {
        throw new IllegalArgumentException("duplicate item id " + item.id());
      }
    }
    levelNames = levelNames == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(levelNames));
  }

  public Optional<ScoringItem> item(String id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** Name of a first- or second-level indicator, or its id when no name is known. */
  public String levelName(String levelId) {
    return levelNames.getOrDefault(levelId, levelId);
  }

  /** First-level ids in display order. */
  public List<String> firstLevelIds() {
    Set<String> out = new LinkedHashSet<>();
    items.forEach(i -> out.add(i.firstLevelId()));
    return new ArrayList<>(out);
  }

  /** Second-level ids in display order. */
  public List<String> secondLevelIds() {
    Set<String> out = new LinkedHashSet<>();
    items.forEach(i -> out.add(i.secondLevelId()));
    return new ArrayList<>(out);
  }

  /** Sum of the items' maxima (100 for the default set). */
  public BigDecimal maxTotal() {
    return items.stream().map(ScoringItem::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The structure of a stored indicator set: its third-level items with their parents, and every level's name. */
  public static ScoringStructure of(cn.szftu.studio.indicator.IndicatorSet set) {
    Map<String, String> names = new LinkedHashMap<>();
    List<ScoringItem> items = new java.util.ArrayList<>();
    for (cn.szftu.studio.indicator.ThirdLevelItem item : set.items()) {
      names.putIfAbsent(item.firstLevel().id(), item.firstLevel().name());
      names.putIfAbsent(item.secondLevel().id(), item.secondLevel().name());
      items.add(new ScoringItem(item.id(), item.name(), item.max(), item.secondLevel().id(), item.firstLevel().id()));
    }
    return new ScoringStructure(set.version(), items, names);
  }
}
