package cn.szftu.studio.calendar;

import java.time.Instant;

/**
 * Where a year's holiday data comes from: the bundled library, administrator overrides, or both (overrides then
 * correct individual library dates).
 */
public record YearCoverageView(int year, boolean library, boolean override, String overrideSource,
    Instant overrideLoadedAt) {
}
