package cn.szftu.studio.registry.web;

import cn.szftu.studio.registry.StudioStatus;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The registry's filters as the GET form sends them. Values that are not on offer (an unknown union, a malformed year,
 * an unknown status) are dropped rather than refused: the page then shows the unfiltered list, never an error.
 */
public record RegistryFilter(String union, Integer year, StudioStatus status) {

  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  static final RegistryFilter NONE = new RegistryFilter(null, null, null);

  static RegistryFilter parse(String union, String year, String status, Collection<String> knownUnions) {
    String unionCode = union != null && knownUnions.contains(union) ? union : null;
    Integer batchYear = year != null && YEAR.matcher(year).matches() ? Integer.valueOf(year) : null;
    StudioStatus studioStatus = null;
    for (StudioStatus candidate : StudioStatus.values()) {
      if (candidate.name().equals(status)) {
        studioStatus = candidate;
      }
    }
    return new RegistryFilter(unionCode, batchYear, studioStatus);
  }

  public boolean active() {
    return union != null || year != null || status != null;
  }

  /** The select's value for the year ("" for all years). */
  public String yearValue() {
    return year == null ? "" : year.toString();
  }

  public String statusValue() {
    return status == null ? "" : status.name();
  }

  public String unionValue() {
    return union == null ? "" : union;
  }
}
