package cn.szftu.studio.security;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda grants a candidate group or user READ and TASK_WORK on the task when the link is added, but keeps that grant
 * when the link is removed. A task re-routed from one union to another would stay visible and workable for the first
 * union; here removing the link takes the grant with it.
 */
class RevokingTaskAuthorizationProvider extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
    return grantOf(task, null, groupId);
  }

  @Override
  public AuthorizationEntity[] deleteTaskUserIdentityLink(Task task, String userId, String type) {
    // The assignee and owner keep their own access; the grant is shared with those roles.
    if (userId.equals(task.getAssignee()) || userId.equals(task.getOwner())) {
      return null;
    }
    return grantOf(task, userId, null);
  }

  private AuthorizationEntity[] grantOf(Task task, String userId, String groupId) {
    AuthorizationEntity grant = getGrantAuthorization(task.getId(), userId, groupId, Resources.TASK);
    return grant == null ? null : new AuthorizationEntity[] {grant};
  }
}
