package cn.szftu.studio.security;

import cn.szftu.studio.organisation.Organisation;
import cn.szftu.studio.organisation.OrganisationKind;
import cn.szftu.studio.organisation.OrganisationRepository;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Derives Camunda groups and their global authorizations from the organisation table: one group per role, one
 * {@code union-<code>} per recommending union and one {@code unit-<code>} per host unit. Groups of organisations that
 * left the tree keep their members for the record but lose every grant.
 */
@Service
public class IdentitySynchronizer {

  private static final Logger log = LoggerFactory.getLogger(IdentitySynchronizer.class);

  private final IdentityService identityService;
  private final OrganisationRepository organisations;
  private final AuthorizationReconciler reconciler;

  public IdentitySynchronizer(IdentityService identityService, OrganisationRepository organisations,
      AuthorizationReconciler reconciler) {
    this.identityService = identityService;
    this.organisations = organisations;
    this.reconciler = reconciler;
  }

  /** @return the number of groups and authorizations written; 0 when everything already matched. */
  public int synchronise() {
    Map<String, GroupSpec> wanted = new LinkedHashMap<>();
    RoleGroup.all().forEach(r -> wanted.put(r.id(), new GroupSpec(r.id(), r.displayName(), Groups.TYPE_SYSTEM)));
    List<Organisation> unions = organisations.findByKindAndActiveTrueOrderBySortOrder(OrganisationKind.RECOMMENDING_UNION);
    List<Organisation> units = organisations.findByKindAndActiveTrueOrderBySortOrder(OrganisationKind.HOST_UNIT);
    unions.forEach(u -> put(wanted, Groups.unionGroup(u.getCode()), u.getName()));
    units.forEach(u -> put(wanted, Groups.unitGroup(u.getCode()), u.getName()));

    int writes = 0;
    for (GroupSpec spec : wanted.values()) {
      writes += ensureGroup(spec);
    }
    Set<String> managed = new HashSet<>(wanted.keySet());
    // Derived groups no longer in the tree are managed too, so that their grants are withdrawn.
    identityService.createGroupQuery().list().stream()
        .map(Group::getId).filter(Groups::isDerived).forEach(managed::add);
    writes += reconciler.reconcile(managed, RoleAuthorizations.desired(unions.stream().map(Organisation::getCode).toList()));
    log.info("Camunda groups and authorizations synchronised ({} writes)", writes);
    return writes;
  }

  private static void put(Map<String, GroupSpec> wanted, String id, String name) {
    wanted.put(id, new GroupSpec(id, name, Groups.TYPE_WORKFLOW));
  }

  private int ensureGroup(GroupSpec spec) {
    Group group = identityService.createGroupQuery().groupId(spec.id()).singleResult();
    if (group == null) {
      group = identityService.newGroup(spec.id());
    } else if (spec.name().equals(group.getName()) && spec.type().equals(group.getType())) {
      return 0;
    }
    group.setName(spec.name());
    group.setType(spec.type());
    identityService.saveGroup(group);
    return 1;
  }

  private record GroupSpec(String id, String name, String type) {
  }
}
