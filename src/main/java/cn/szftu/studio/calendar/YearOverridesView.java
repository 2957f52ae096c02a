package cn.szftu.studio.calendar;

import java.time.Instant;
import java.util.List;

/**
 * A year's override data as stored, in the shape the PUT endpoint accepts. {@code source} and {@code loadedAt} are
 * null and the lists empty when the year has no overrides; {@code library} tells whether tyme4j covers the year.
 */
public record YearOverridesView(int year, boolean library, String source, Instant loadedAt,
    List<OverrideEntry> holidays, List<OverrideEntry> workdays) {
}
