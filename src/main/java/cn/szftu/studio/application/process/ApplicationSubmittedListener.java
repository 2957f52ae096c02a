package cn.szftu.studio.application.process;

import static cn.szftu.studio.application.ApplicationProcess.*;

import cn.szftu.studio.application.Application;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.security.Groups;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of studio-application: validates the start form on the server, stores the application, gives the instance
 * its number as business key and keeps only ids and routing as process variables. A refusal throws, so no instance,
 * variable or row remains.
 */
@Component("applicationSubmitted")
public class ApplicationSubmittedListener implements ExecutionListener {

  private final ApplicationService applications;
  private final CurrentActor actor;

  public ApplicationSubmittedListener(ApplicationService applications, CurrentActor actor) {
    this.applications = applications;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String applicant = actor.userId();
    if (applicant == null) {
      throw new InvalidSubmissionException(new FieldProblem("applicant", "申报人", "须登录后提交申报"));
    }
    Map<String, Object> submitted = new HashMap<>(FormValues.plain(execution.getVariables()));
    Application application = applications.submit(submitted, applicant);
    execution.removeVariables(submitted.keySet());
    execution.setProcessBusinessKey(application.getNumber());
    execution.setVariable(VAR_APPLICATION_ID, application.getId());
    execution.setVariable(VAR_APPLICANT, applicant);
    execution.setVariable(VAR_HOST_UNIT_GROUP, Groups.unitGroup(application.getHostUnitCode()));
    execution.setVariable(VAR_UNION_GROUP, Groups.unionGroup(application.getUnionCode()));
    applications.attachProcess(application.getId(), execution.getProcessInstanceId());
  }
}
