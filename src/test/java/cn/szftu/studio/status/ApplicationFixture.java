package cn.szftu.studio.status;

import cn.szftu.studio.application.ApplicationProcess;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;

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

  /** The start form of /tmp/payload/valid.json, with JSON-typed repeating groups as Tasklist sends them. */
  public static Map<String, Object> validForm(String studioName) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("studioName", studioName);
    v.put("leaderName", "黄伟");
    v.put("leaderHonours", SpinValues.jsonValue(
        "[{\"type\":\"MODEL_WORKER\",\"level\":\"CITY\",\"year\":2019,\"title\":\"深圳市劳动模范\"}]").create());
    v.put("leaderSkillLevel", "SENIOR_TECHNICIAN");
    v.put("leaderYearsInPost", 12L);
    v.put("hostUnitName", "深圳市南山精工智能装备有限公司");
    v.put("hostUnitCreditCode", "914403059927866662");
    v.put("recommendingUnion", "nanshan");
    v.put("teamMembers", SpinValues.jsonValue("[{\"name\":\"张三\",\"role\":\"技术骨干\",\"skillLevel\":\"TECHNICIAN\"},"
        + "{\"name\":\"李四\",\"role\":\"工艺改进\",\"skillLevel\":\"SENIOR_WORKER\"},"
        + "{\"name\":\"王五\",\"role\":\"培训\",\"skillLevel\":\"INTERMEDIATE_TITLE\"}]").create());
    v.put("venueAddress", "深圳市南山区科技园 1 号");
    v.put("venueArea", 120.5);
    v.put("equipment", "五轴加工中心 2 台");
    v.put("annualFunding", 300000.0);
    v.put("operatingSince", "2019-03-01");
    v.put("annualPlan", "开展精密加工攻关");
    v.put("plannedTopics", SpinValues.jsonValue("[{\"title\":\"五轴加工精度提升\"}]").create());
    v.put("workRules", "每周例会、台账管理");
    v.put("patents", 5L);
    v.put("standards", 1L);
    v.put("awards", 2L);
    v.put("methods", 3L);
    v.put("economicBenefit", 1200000.0);
    v.put("apprentices", 12L);
    v.put("promotions", 4L);
    v.put("trainings", 6L);
    v.put("demonstrationActivities", "校企合作");
    v.put("contactName", "黄伟");
    v.put("contactMobile", "13800138000");
    v.put("truthfulnessPledge", true);
    return v;
  }

  private <T> T as(String userId, Supplier<T> action) {
    IdentityService identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
