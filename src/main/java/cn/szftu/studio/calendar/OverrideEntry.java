package cn.szftu.studio.calendar;

import java.time.LocalDate;

/** A date and its name, as listed under holidays or workdays in the admin API and in the overrides file. */
public record OverrideEntry(LocalDate date, String name) {
}
