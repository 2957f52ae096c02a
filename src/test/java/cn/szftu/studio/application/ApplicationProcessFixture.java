package cn.szftu.studio.application;

import cn.szftu.studio.support.ActingUser;
import cn.szftu.studio.support.ValidApplicationForm;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.szftu.studio.security.Groups;
import cn.szftu.studio.support.ThrowawayUsers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.assertj.core.api.AbstractThrowableAssert;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Drives studio-application cases the way Tasklist does: the applicant starts with the start form's variables, every
 * task is completed through its form by an authenticated user. Holds the valid form (the REST payload
 * /tmp/payload/valid.json in Java) and reads back the application row and its audit.
 */
final class ApplicationProcessFixture {

  static final String APPLICANT = "applicant1";
  static final String APPLICANT_UNIT_GROUP = "unit-ns-precision";
  static final String OWN_CREDIT_CODE = "914403059927866662";
  /** applicant2's unit, 深圳市福田智慧电网技术有限公司. */
  static final String OTHER_UNIT_CREDIT_CODE = "914403047524436642";
  static final String NANSHAN_REVIEWER = "nanshan";
  static final String OFFICE = "office";

  /** Below the configured minimum on two conditions at once: a district honour and one team member. */
  static final String DISTRICT_HONOURS =
      "[{\"type\":\"MODEL_WORKER\",\"level\":\"DISTRICT\",\"year\":2019,\"title\":\"南山区劳动模范\"}]";
  static final String ONE_MEMBER_TEAM = "[{\"name\":\"张三\",\"role\":\"技术骨干\",\"skillLevel\":\"TECHNICIAN\"}]";

  private final ProcessEngine engine;
  private final ApplicationRepository applications;
  private final ApplicationDecisionRepository decisions;

  ApplicationProcessFixture(ProcessEngine engine, ApplicationRepository applications,
      ApplicationDecisionRepository decisions) {
    this.engine = engine;
    this.applications = applications;
    this.decisions = decisions;
  }

  // ---- form values -------------------------------------------------------------------------------------------

  /** A complete, valid and eligible start form of applicant1's unit, recommended by 南山区总工会. */
  static Map<String, Object> validForm() {
    return ValidApplicationForm.of();
  }

  static Map<String, Object> validForm(String recommendingUnion) {
    Map<String, Object> v = validForm();
    v.put("recommendingUnion", recommendingUnion);
    return v;
  }

  /** Valid as a form, but ineligible: honour level DISTRICT below CITY and only one team member. */
  static Map<String, Object> ineligibleForm() {
    Map<String, Object> v = validForm();
    v.put("leaderHonours", json(DISTRICT_HONOURS));
    v.put("teamMembers", json(ONE_MEMBER_TEAM));
    return v;
  }

  /** A repeating group as Tasklist sends it: a JSON variable. */
  static TypedValue json(String text) {
    return SpinValues.jsonValue(text).create();
  }

  static Map<String, Object> decision(String decision, String reasons) {
    Map<String, Object> v = new HashMap<>();
    v.put("decision", decision);
    v.put("reasons", reasons);
    return v;
  }

  /** The correction form: the whole (corrected) application plus the applicant's choice. */
  static Map<String, Object> resubmit(Map<String, Object> correctedForm) {
    Map<String, Object> v = new HashMap<>(correctedForm);
    v.put("correctionChoice", "RESUBMIT");
    return v;
  }

  static Map<String, Object> withdrawInCorrection() {
    Map<String, Object> v = new HashMap<>();
    v.put("correctionChoice", "WITHDRAW");
    return v;
  }

  // ---- acting as a user --------------------------------------------------------------------------------------

  <T> T as(String userId, Supplier<T> action) {
    return ActingUser.as(engine, userId, action);
  }

  void as(String userId, Runnable action) {
    as(userId, () -> {
      action.run();
      return null;
    });
  }

  ProcessInstance start(String userId, Map<String, Object> form) {
    RuntimeService runtime = engine.getRuntimeService();
    return as(userId, () -> runtime.startProcessInstanceByKey(ApplicationProcess.KEY, form));
  }

  ProcessInstance startAsApplicant(Map<String, Object> form) {
    return start(APPLICANT, form);
  }

  /** The one open task of the case. */
  Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  /** Submits the open task's form as the user, like Tasklist's 完成 button. */
  void submit(String userId, ProcessInstance instance, Map<String, Object> values) {
    String taskId = task(instance).getId();
    FormService forms = engine.getFormService();
    as(userId, () -> forms.submitTaskForm(taskId, values));
  }

  void decide(String userId, ProcessInstance instance, String decision, String reasons) {
    submit(userId, instance, decision(decision, reasons));
  }

  /** Starts an eligible application for the union and has its reviewer recommend it: it waits at initial review. */
  ProcessInstance recommended(String union, String unionReviewer) {
    ProcessInstance instance = startAsApplicant(validForm(union));
    decide(unionReviewer, instance, "RECOMMEND", null);
    return instance;
  }

  /** A reviewer of its own for a union, so tests need not share the demo users. */
  String unionReviewer(String union) {
    IdentityService identity = engine.getIdentityService();
    String user = ThrowawayUsers.create(identity, union + "-reviewer");
    identity.createMembership(user, Groups.unionGroup(union));
    return user;
  }

  /** A refused submission: the engine's exception (possibly wrapping ours) carries the Chinese refusal. */
  static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(Runnable submission) {
    return assertThatThrownBy(submission::run).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("提交未成功");
  }

  // ---- reading back ------------------------------------------------------------------------------------------

  String businessKey(ProcessInstance instance) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getBusinessKey();
  }

  Application application(ProcessInstance instance) {
    return applications.findByNumber(businessKey(instance)).orElseThrow();
  }

  List<ApplicationDecision> decisions(ProcessInstance instance) {
    return decisions.findByApplicationIdOrderByDecidedAtAscIdAsc(application(instance).getId());
  }

  long historicTasks(ProcessInstance instance, String taskDefinitionKey) {
    return engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskDefinitionKey).count();
  }
}
