package cn.szftu.studio.status;

import cn.szftu.studio.application.ApplicantUnits;
import cn.szftu.studio.application.ApplicationAccess;
import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.organisation.Organisation;
import cn.szftu.studio.security.Groups;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds 我的申报. The reviewers' part follows the same rule as {@link ApplicationAccess#canRead}: a union's reviewers
 * see their union's applications, the city office, the decision body and administrators see all of them.
 */
@Service
public class ApplicationOverview {

  private final ApplicantUnits applicantUnits;
  private final ApplicationAccess access;
  private final ApplicationRepository applications;
  private final ReviewableApplications reviewable;
  private final ApplicationRows rows;

  public ApplicationOverview(ApplicantUnits applicantUnits, ApplicationAccess access,
      ApplicationRepository applications, ReviewableApplications reviewable, ApplicationRows rows) {
    this.applicantUnits = applicantUnits;
    this.access = access;
    this.applications = applications;
    this.reviewable = reviewable;
    this.rows = rows;
  }

  @Transactional(readOnly = true)
  public OverviewPage of(String userId) {
    List<Organisation> units = applicantUnits.units(userId);
    List<ApplicationRow> own = units.isEmpty() ? List.of() : rows.of(applications
        .findByHostUnitCodeInOrderBySubmittedAtDescIdDesc(units.stream().map(Organisation::getCode).toList()));

    Set<String> groups = access.groupsOf(userId);
    String reviewTitle = null;
    List<ApplicationRow> reviewed = List.of();
    if (groups.contains(Groups.CITY_OFFICE) || groups.contains(Groups.CITY_LEADERSHIP)
        || groups.contains(Groups.ADMIN)) {
      reviewTitle = "全部申报";
      reviewed = rows.of(reviewable.findTop200ByOrderBySubmittedAtDescIdDesc());
    } else {
      Set<String> unions = groups.stream().filter(g -> g.startsWith(Groups.UNION_PREFIX))
          .map(g -> g.substring(Groups.UNION_PREFIX.length())).collect(Collectors.toSet());
      if (!unions.isEmpty()) {
        reviewTitle = "本推荐单位的申报";
        reviewed = rows.of(reviewable.findTop200ByUnionCodeInOrderBySubmittedAtDescIdDesc(unions));
      }
    }
    return new OverviewPage(units.stream().map(Organisation::getName).toList(), own, reviewTitle, reviewed,
        reviewed.size() >= ReviewableApplications.LIMIT);
  }
}
