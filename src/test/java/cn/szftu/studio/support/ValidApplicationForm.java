package cn.szftu.studio.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/** The start form as Tasklist submits it for demo applicant1: every field valid, repeating groups as JSON variables. */
public final class ValidApplicationForm {

  private ValidApplicationForm() {
  }

  /** A complete, valid and eligible start form of applicant1's unit (南山精工), recommended by 南山区总工会. */
  public static Map<String, Object> of() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("studioName", "黄伟劳模和工匠人才创新工作室");
    v.put("leaderName", "黄伟");
    v.put("leaderHonours", json("[{\"type\":\"MODEL_WORKER\",\"level\":\"CITY\",\"year\":2019,\"title\":\"深圳市劳动模范\"}]"));
    v.put("leaderSkillLevel", "SENIOR_TECHNICIAN");
    v.put("leaderYearsInPost", 12L);
    v.put("hostUnitName", "深圳市南山精工智能装备有限公司");
    v.put("hostUnitCreditCode", "914403059927866662");
    v.put("recommendingUnion", "nanshan");
    v.put("teamMembers", json("[{\"name\":\"张三\",\"role\":\"技术骨干\",\"skillLevel\":\"TECHNICIAN\"},"
        + "{\"name\":\"李四\",\"role\":\"工艺改进\",\"skillLevel\":\"SENIOR_WORKER\"},"
        + "{\"name\":\"王五\",\"role\":\"培训\",\"skillLevel\":\"INTERMEDIATE_TITLE\"}]"));
    v.put("venueAddress", "深圳市南山区科技园 1 号");
    v.put("venueArea", 120.5);
    v.put("equipment", "五轴加工中心 2 台");
    v.put("annualFunding", 300000.0);
    v.put("operatingSince", "2019-03-01");
    v.put("annualPlan", "开展精密加工攻关");
    v.put("plannedTopics", json("[{\"title\":\"五轴加工精度提升\"}]"));
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

  private static TypedValue json(String text) {
    return SpinValues.jsonValue(text).create();
  }
}
