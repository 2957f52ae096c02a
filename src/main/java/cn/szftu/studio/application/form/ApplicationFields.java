package cn.szftu.studio.application.form;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The application form's field keys (the Camunda Form component keys, which become variable names) and their
 * Chinese labels for error messages. The start form and the correction form use exactly these keys.
 */
public final class ApplicationFields {

  public static final String STUDIO_NAME = "studioName";
  public static final String LEADER_NAME = "leaderName";
  public static final String LEADER_HONOURS = "leaderHonours";
  public static final String HONOUR_TYPE = "type";
  public static final String HONOUR_LEVEL = "level";
  public static final String HONOUR_YEAR = "year";
  public static final String HONOUR_TITLE = "title";
  public static final String LEADER_SKILL_LEVEL = "leaderSkillLevel";
  public static final String LEADER_YEARS_IN_POST = "leaderYearsInPost";
  public static final String HOST_UNIT_NAME = "hostUnitName";
  public static final String HOST_UNIT_CREDIT_CODE = "hostUnitCreditCode";
  public static final String RECOMMENDING_UNION = "recommendingUnion";
  public static final String TEAM_MEMBERS = "teamMembers";
  public static final String MEMBER_NAME = "name";
  public static final String MEMBER_ROLE = "role";
  public static final String MEMBER_SKILL_LEVEL = "skillLevel";
  public static final String VENUE_ADDRESS = "venueAddress";
  public static final String VENUE_AREA = "venueArea";
  public static final String EQUIPMENT = "equipment";
  public static final String ANNUAL_FUNDING = "annualFunding";
  public static final String OPERATING_SINCE = "operatingSince";
  public static final String ANNUAL_PLAN = "annualPlan";
  public static final String PLANNED_TOPICS = "plannedTopics";
  public static final String TOPIC_TITLE = "title";
  public static final String WORK_RULES = "workRules";
  public static final String PATENTS = "patents";
  public static final String STANDARDS = "standards";
  public static final String AWARDS = "awards";
  public static final String METHODS = "methods";
  public static final String ECONOMIC_BENEFIT = "economicBenefit";
  public static final String APPRENTICES = "apprentices";
  public static final String PROMOTIONS = "promotions";
  public static final String TRAININGS = "trainings";
  public static final String DEMONSTRATION = "demonstrationActivities";
  public static final String CONTACT_NAME = "contactName";
  public static final String CONTACT_MOBILE = "contactMobile";
  public static final String PLEDGE = "truthfulnessPledge";

  private static final Map<String, String> LABELS = new LinkedHashMap<>();

  static {
    LABELS.put(STUDIO_NAME, "工作室名称");
    LABELS.put(LEADER_NAME, "领衔人姓名");
    LABELS.put(LEADER_HONOURS, "领衔人荣誉");
    LABELS.put(LEADER_HONOURS + "." + HONOUR_TYPE, "荣誉类别");
    LABELS.put(LEADER_HONOURS + "." + HONOUR_LEVEL, "荣誉级别");
    LABELS.put(LEADER_HONOURS + "." + HONOUR_YEAR, "获得年份");
    LABELS.put(LEADER_HONOURS + "." + HONOUR_TITLE, "荣誉名称");
    LABELS.put(LEADER_SKILL_LEVEL, "领衔人技能等级/职称");
    LABELS.put(LEADER_YEARS_IN_POST, "领衔人在本单位工作年限");
    LABELS.put(HOST_UNIT_NAME, "申报单位名称");
    LABELS.put(HOST_UNIT_CREDIT_CODE, "申报单位统一社会信用代码");
    LABELS.put(RECOMMENDING_UNION, "推荐单位");
    LABELS.put(TEAM_MEMBERS, "团队成员");
    LABELS.put(TEAM_MEMBERS + "." + MEMBER_NAME, "姓名");
    LABELS.put(TEAM_MEMBERS + "." + MEMBER_ROLE, "分工");
    LABELS.put(TEAM_MEMBERS + "." + MEMBER_SKILL_LEVEL, "技能等级/职称");
    LABELS.put(VENUE_ADDRESS, "活动场所地址");
    LABELS.put(VENUE_AREA, "活动场所面积（平方米）");
    LABELS.put(EQUIPMENT, "主要设备设施");
    LABELS.put(ANNUAL_FUNDING, "单位年度工作经费（元）");
    LABELS.put(OPERATING_SINCE, "工作室创建时间");
    LABELS.put(ANNUAL_PLAN, "年度工作计划");
    LABELS.put(PLANNED_TOPICS, "年度攻关课题");
    LABELS.put(PLANNED_TOPICS + "." + TOPIC_TITLE, "课题名称");
    LABELS.put(WORK_RULES, "工作制度");
    LABELS.put(PATENTS, "授权专利（项）");
    LABELS.put(STANDARDS, "参与制定标准（项）");
    LABELS.put(AWARDS, "获奖（项）");
    LABELS.put(METHODS, "先进操作法/工法（项）");
    LABELS.put(ECONOMIC_BENEFIT, "创造经济效益（元）");
    LABELS.put(APPRENTICES, "带徒人数");
    LABELS.put(PROMOTIONS, "成员技能等级/职称晋升人数");
    LABELS.put(TRAININGS, "培训与技术交流（次）");
    LABELS.put(DEMONSTRATION, "示范交流活动");
    LABELS.put(CONTACT_NAME, "联系人");
    LABELS.put(CONTACT_MOBILE, "联系人手机号码");
    LABELS.put(PLEDGE, "申报材料真实性承诺");
  }

  /** Top-level keys the application form may submit. */
  public static final Set<String> KEYS = LABELS.keySet().stream().filter(k -> !k.contains("."))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private ApplicationFields() {
  }

  public static String label(String key) {
    return LABELS.get(key);
  }
}
