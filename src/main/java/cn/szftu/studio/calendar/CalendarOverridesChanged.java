package cn.szftu.studio.calendar;

/** Published when a year's override data has been written, so cached schedules are rebuilt after the commit. */
record CalendarOverridesChanged(int year) {
}
