package cn.szftu.studio.status;

import cn.szftu.studio.support.ActingUser;
import cn.szftu.studio.support.ValidApplicationForm;

import cn.szftu.studio.application.ApplicationProcess;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Puts applications into the database the way Tasklist does: applicant1 (host unit ns-precision, union nanshan)
 * starts studio-application with a valid start form, reviewers submit their task forms as themselves. Shared by the
 * status and evidence integration tests.
 */
public final class ApplicationFixture {

  public static final String APPLICANT = "applicant1";

  private final ProcessEngine engine;

  public ApplicationFixture(ProcessEngine engine) {
    this.engine = engine;
  }

  /** A new application of applicant1's unit; it passes the eligibility check and waits for 南山区总工会. */
  public String submit(String studioName) {
    ProcessInstance instance = as(APPLICANT,
        () -> engine.getRuntimeService().startProcessInstanceByKey(ApplicationProcess.KEY, validForm(studioName)));
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getBusinessKey();
  }

  /** Submits the open review task's form (decision RECOMMEND/RETURN/REFUSE or PASS/RETURN/REJECT) as the user. */
  public void decide(String userId, String number, String decision, String reasons) {
    String taskId = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(ApplicationProcess.FIELD_DECISION, decision);
    values.put(ApplicationProcess.FIELD_REASONS, reasons);
    as(userId, () -> {
      engine.getFormService().submitTaskForm(taskId, values);
      return null;
    });
  }

  /** The valid start form of applicant1, under the given studio name. */
  public static Map<String, Object> validForm(String studioName) {
    Map<String, Object> v = ValidApplicationForm.of();
    v.put("studioName", studioName);
    return v;
  }

  private <T> T as(String userId, Supplier<T> action) {
    return ActingUser.as(engine, userId, action);
  }
}
