package cn.szftu.studio.calendar;

import java.time.LocalDate;

/** A dated, named entry as it appears in the admin API and the overrides file, e.g. {@code {date: 2027-01-01, name: 元旦}}. */
public record OverrideEntry(LocalDate date, String name) {
}
