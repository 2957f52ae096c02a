package cn.szftu.studio.calendar;

import java.util.List;

/**
 * A whole year's override data as submitted, before validation: the notice it comes from, the days off, and the
 * make-up working days. Missing lists mean none.
 */
public record YearOverridesRequest(String source, List<OverrideEntry> holidays, List<OverrideEntry> workdays) {
}
