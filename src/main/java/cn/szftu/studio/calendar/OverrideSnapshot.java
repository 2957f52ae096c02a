package cn.szftu.studio.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Immutable override data: the special days themselves, and the years whose arrangement has been entered in full
 * (which is what makes a year the library lacks usable).
 */
public final class OverrideSnapshot {

  public static final OverrideSnapshot EMPTY = new OverrideSnapshot(Set.of(), List.of());

  private final Set<Integer> completeYears;
  private final Map<Integer, List<SpecialDay>> daysByYear;

  private OverrideSnapshot(Collection<Integer> completeYears, Collection<SpecialDay> days) {
    this.completeYears = Set.copyOf(completeYears);
    Set<LocalDate> seen = new HashSet<>();
    for (SpecialDay day : days) {
      if (!seen.add(day.date())) {
        throw new IllegalArgumentException("more than one override for " + day.date());
      }
    }
    this.daysByYear = days.stream().collect(Collectors.groupingBy(d -> d.date().getYear(), TreeMap::new,
        Collectors.toUnmodifiableList()));
  }

  public static OverrideSnapshot of(Collection<Integer> completeYears, Collection<SpecialDay> days) {
    return new OverrideSnapshot(completeYears, days);
  }

  public boolean coversYear(int year) {
    return completeYears.contains(year);
  }

  public List<SpecialDay> specialDays(int year) {
    return daysByYear.getOrDefault(year, List.of());
  }
}
