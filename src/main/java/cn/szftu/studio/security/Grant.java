package cn.szftu.studio.security;

import java.util.Arrays;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;

/** A GRANT authorization a group should hold, as a value that can be compared with what the engine has. */
public record Grant(String groupId, Resource resource, String resourceId, int permissionMask) {

  public static Grant of(String groupId, Resource resource, String resourceId, Permission... permissions) {
    return new Grant(groupId, resource, resourceId, mask(permissions));
  }

  public static int mask(Permission... permissions) {
    if (Arrays.asList(permissions).contains(Permissions.ALL)) {
      return Permissions.ALL.getValue();
    }
    int mask = 0;
    for (Permission permission : permissions) {
      mask |= permission.getValue();
    }
    return mask;
  }

  Key key() {
    return new Key(groupId, resource.resourceType(), resourceId);
  }

  record Key(String groupId, int resourceType, String resourceId) {
  }
}
