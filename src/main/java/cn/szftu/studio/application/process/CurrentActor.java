package cn.szftu.studio.application.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who is acting in the current engine call: the authenticated user, else a task's assignee, else nobody (system). */
@Component
public class CurrentActor {

  private final IdentityService identityService;

  public CurrentActor(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String userId() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  public String userId(DelegateTask task) {
    String user = userId();
    return user != null ? user : task.getAssignee();
  }
}
