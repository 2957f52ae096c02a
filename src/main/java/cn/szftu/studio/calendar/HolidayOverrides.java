package cn.szftu.studio.calendar;

/**
 * Where {@link WorkingDays} reads administrator-maintained holiday data. Kept to one method so that tests can hand
 * the calculator a fixed snapshot without a database.
 */
@FunctionalInterface
public interface HolidayOverrides {

  /** The current override data; called again only after the data has changed. */
  OverrideSnapshot load();

  /**
   * A cheap value that changes whenever the data does, also when another node changed it (which this node hears of
   * no event about); null when the data changes only through this node's events.
   */
  default Object version() {
    return null;
  }
}
