package cn.szftu.studio.application;

import cn.szftu.studio.security.Groups;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who may see an application and its evidence outside the engine (status page, detail page, downloads): members of
 * its host unit, its recommending union, the city office, the decision body and administrators, and an expert while
 * they sit on its running evaluation panel (not after it, and not after recusing). Everyone else gets "not found", so
 * ids of other units' applications are not even confirmed.
 */
@Component
public class ApplicationAccess {

  private final IdentityService identityService;
  private final ObjectProvider<EvaluationPanels> panels;

  public ApplicationAccess(IdentityService identityService, ObjectProvider<EvaluationPanels> panels) {
    this.identityService = identityService;
    this.panels = panels;
  }

  public Set<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .collect(Collectors.toSet());
  }

  public boolean canRead(String userId, Application application) {
    Set<String> groups = groupsOf(userId);
    return groups.contains(Groups.unitGroup(application.getHostUnitCode()))
        || groups.contains(Groups.unionGroup(application.getUnionCode()))
        || groups.contains(Groups.CITY_OFFICE)
        || groups.contains(Groups.CITY_LEADERSHIP)
        || groups.contains(Groups.ADMIN)
        || groups.contains(Groups.EXPERTS) && panels.getObject().isActivePanelMember(userId, application.getId());
  }

  /** Only the applicant's own unit acts for the application: uploads evidence, withdraws. */
  public boolean canActForApplicant(String userId, Application application) {
    Set<String> groups = groupsOf(userId);
    return groups.contains(Groups.APPLICANT) && groups.contains(Groups.unitGroup(application.getHostUnitCode()));
  }
}
