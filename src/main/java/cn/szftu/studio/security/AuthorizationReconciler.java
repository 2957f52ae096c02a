package cn.szftu.studio.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;

/**
 * Makes the role grants of the managed groups exactly the desired ones. It only touches grants on "*", on an
 * application or on a process or decision definition (only this class grants those), so the per-task, per-user and
 * per-filter grants the engine and the filter synchroniser create stay as they are. The engine keeps one row per
 * (group, resource, resource id), so a row is updated in place rather than added to.
 */
@Component
public class AuthorizationReconciler {

  private final AuthorizationService authorizationService;

  public AuthorizationReconciler(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  /** @return the number of rows created, changed or deleted; 0 when everything already matched. */
  public int reconcile(Set<String> managedGroups, Collection<Grant> desired) {
    Map<Grant.Key, Grant> wanted = new HashMap<>();
    desired.forEach(g -> wanted.merge(g.key(), g,
        (a, b) -> new Grant(a.groupId(), a.resource(), a.resourceId(), a.permissionMask() | b.permissionMask())));
    int writes = 0;
    for (String group : managedGroups) {
      List<Authorization> existing = authorizationService.createAuthorizationQuery()
          .groupIdIn(group).authorizationType(Authorization.AUTH_TYPE_GRANT).list();
      for (Authorization row : existing) {
        if (!isRoleGrant(row)) {
          continue;
        }
        Grant.Key key = new Grant.Key(group, row.getResourceType(), row.getResourceId());
        Grant grant = wanted.remove(key);
        AuthorizationEntity entity = (AuthorizationEntity) row;
        if (grant == null) {
          authorizationService.deleteAuthorization(row.getId());
          writes++;
        } else if (entity.getPermissions() != grant.permissionMask()) {
          entity.setPermissions(grant.permissionMask());
          authorizationService.saveAuthorization(entity);
          writes++;
        }
      }
    }
    for (Grant grant : wanted.values()) {
      if (!managedGroups.contains(grant.groupId())) {
        throw new IllegalArgumentException("grant for unmanaged group " + grant.groupId());
      }
      AuthorizationEntity row = (AuthorizationEntity) authorizationService
          .createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      row.setGroupId(grant.groupId());
      row.setResource(grant.resource());
      row.setResourceId(grant.resourceId());
      row.setPermissions(grant.permissionMask());
      authorizationService.saveAuthorization(row);
      writes++;
    }
    return writes;
  }

  private static boolean isRoleGrant(Authorization row) {
    int type = row.getResourceType();
    return RoleAuthorizations.ANY.equals(row.getResourceId())
        || type == Resources.APPLICATION.resourceType()
        || type == Resources.PROCESS_DEFINITION.resourceType()
        || type == Resources.DECISION_DEFINITION.resourceType();
  }
}
