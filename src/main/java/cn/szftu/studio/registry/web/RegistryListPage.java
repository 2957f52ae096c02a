package cn.szftu.studio.registry.web;

import java.util.List;

/** The public registry page: the filter form's choices, the applied filter and the matching studios. */
public record RegistryListPage(RegistryFilter filter, List<Option> unions, List<Integer> years, List<Option> statuses,
    List<RegistryRow> rows, long namedCount, long revokedCount) {

  /** One choice of a select. */
  public record Option(String value, String label) {
  }

  public boolean filtered() {
    return filter.active();
  }
}
