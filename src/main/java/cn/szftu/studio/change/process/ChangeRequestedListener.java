package cn.szftu.studio.change.process;

import static cn.szftu.studio.change.StudioChangeProcess.*;

import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.application.process.CurrentActor;
import cn.szftu.studio.application.process.FormValues;
import cn.szftu.studio.change.StudioChange;
import cn.szftu.studio.change.StudioChangeService;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.security.Groups;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of studio-change: validates the start form on the server, stores the request, gives the instance the
 * studio's naming number as business key and keeps only ids and routing as process variables. A refusal throws, so
 * no instance, variable or row remains.
 */
@Component("studioChangeRequested")
public class ChangeRequestedListener implements ExecutionListener {

  private final StudioChangeService changes;
  private final CurrentActor actor;

  public ChangeRequestedListener(StudioChangeService changes, CurrentActor actor) {
    this.changes = changes;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String applicant = actor.userId();
    if (applicant == null) {
      throw new InvalidSubmissionException(new FieldProblem("applicant", "申请人", "须登录后提交变更申请"));
    }
    Map<String, Object> submitted = new HashMap<>(FormValues.plain(execution.getVariables()));
    StudioChange change = changes.request(submitted, applicant);
    Studio studio = changes.studioOf(change);
    execution.removeVariables(submitted.keySet());
    execution.setProcessBusinessKey(studio.getNamingNumber());
    execution.setVariable(VAR_CHANGE_ID, change.getId());
    execution.setVariable(VAR_STUDIO_ID, studio.getId());
    execution.setVariable(VAR_APPLICANT, applicant);
    execution.setVariable(VAR_HOST_UNIT_GROUP, Groups.unitGroup(studio.getHostUnitCode()));
    execution.setVariable(VAR_UNION_GROUP, Groups.unionGroup(studio.getUnionCode()));
    Routing.set(execution, change);
    changes.attachProcess(change.getId(), execution.getProcessInstanceId());
  }
}
