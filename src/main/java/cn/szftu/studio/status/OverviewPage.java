package cn.szftu.studio.status;

import java.util.List;

/**
 * What 我的申报 shows one user: the applications of their own host units, and, for reviewers, the applications they
 * review (reviewTitle null when the user reviews none).
 */
public record OverviewPage(List<String> unitNames, List<ApplicationRow> own, String reviewTitle,
    List<ApplicationRow> reviewed, boolean reviewCapped) {

  public boolean hasUnit() {
    return !unitNames.isEmpty();
  }

  public boolean reviewer() {
    return reviewTitle != null;
  }
}
