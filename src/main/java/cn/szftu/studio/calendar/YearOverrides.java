package cn.szftu.studio.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** A validated year of override data, with names trimmed and entries in date order. */
record YearOverrides(int year, String source, List<OverrideEntry> holidays, List<OverrideEntry> workdays) {

  static YearOverrides normalise(int year, YearOverridesRequest request) {
    return new YearOverrides(year, request.source().strip(), normalise(request.holidays()),
        normalise(request.workdays()));
  }

  private static List<OverrideEntry> normalise(List<OverrideEntry> entries) {
    return entries == null ? List.of() : entries.stream()
        .map(entry -> new OverrideEntry(entry.date(), entry.name().strip()))
        .sorted(Comparator.comparing(OverrideEntry::date))
        .toList();
  }

  List<SpecialDay> specialDays() {
    return Stream.concat(
        holidays.stream().map(entry -> SpecialDay.holiday(entry.date(), entry.name())),
        workdays.stream().map(entry -> SpecialDay.workday(entry.date(), entry.name()))).toList();
  }

  /** Identifies the content, independent of entry order and surrounding whitespace, to detect an edited file. */
  String checksum() {
    StringBuilder canonical = new StringBuilder().append(year).append('\n').append(source).append('\n');
    holidays.forEach(entry -> appendLine(canonical, 'H', entry));
    workdays.forEach(entry -> appendLine(canonical, 'W', entry));
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static void appendLine(StringBuilder canonical, char kind, OverrideEntry entry) {
    canonical.append(kind).append(' ').append(entry.date()).append(' ').append(entry.name()).append('\n');
  }
}
