package cn.szftu.studio.calendar;

/** How a special day departs from the Monday-to-Friday rule. */
public enum DayKind {
  /** A statutory day off (放假), also when it falls on a weekend. */
  HOLIDAY,
  /** A weekend day worked to make up for a holiday (调休上班). */
  WORKDAY
}
