package cn.szftu.studio.change.form;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The change request form's field keys (the Camunda Form component keys, which become variable names) and their
 * Chinese labels for error messages. The start form and the correction form use exactly these keys.
 */
public final class ChangeRequestFields {

  public static final String NAMING_NUMBER = "namingNumber";
  public static final String CHANGE_TYPE = "changeType";
  public static final String CHANGE_REASONS = "changeReasons";
  public static final String NEW_LEADER_NAME = "newLeaderName";
  public static final String NEW_LEADER_POSITION = "newLeaderPosition";
  public static final String NEW_LEADER_SKILL_LEVEL = "newLeaderSkillLevel";
  public static final String NEW_LEADER_HONOURS = "newLeaderHonours";
  public static final String HONOUR_TYPE = "type";
  public static final String HONOUR_LEVEL = "level";
  public static final String HONOUR_YEAR = "year";
  public static final String HONOUR_TITLE = "title";
  public static final String NEW_STUDIO_NAME = "newStudioName";
  public static final String STAYS_IN_SHENZHEN = "staysInShenzhen";
  public static final String NEW_HOST_UNIT_CREDIT_CODE = "newHostUnitCreditCode";
  public static final String NEW_HOST_UNIT_NAME = "newHostUnitName";

  /** Fields that belong to one change type only. */
  public static final Set<String> LEADER_FIELDS = Set.of(NEW_LEADER_NAME, NEW_LEADER_POSITION, NEW_LEADER_SKILL_LEVEL,
      NEW_LEADER_HONOURS);
  public static final Set<String> HOST_UNIT_FIELDS = Set.of(STAYS_IN_SHENZHEN, NEW_HOST_UNIT_CREDIT_CODE,
      NEW_HOST_UNIT_NAME);

  private static final Map<String, String> LABELS = new LinkedHashMap<>();

  static {
    LABELS.put(NAMING_NUMBER, "工作室命名编号");
    LABELS.put(CHANGE_TYPE, "变更类型");
    LABELS.put(CHANGE_REASONS, "变更理由");
    LABELS.put(NEW_LEADER_NAME, "新领衔人姓名");
    LABELS.put(NEW_LEADER_POSITION, "新领衔人职务/岗位");
    LABELS.put(NEW_LEADER_SKILL_LEVEL, "新领衔人技能等级/职称");
    LABELS.put(NEW_LEADER_HONOURS, "新领衔人荣誉");
    LABELS.put(NEW_LEADER_HONOURS + "." + HONOUR_TYPE, "荣誉类别");
    LABELS.put(NEW_LEADER_HONOURS + "." + HONOUR_LEVEL, "荣誉级别");
    LABELS.put(NEW_LEADER_HONOURS + "." + HONOUR_YEAR, "获得年份");
    LABELS.put(NEW_LEADER_HONOURS + "." + HONOUR_TITLE, "荣誉名称");
    LABELS.put(NEW_STUDIO_NAME, "新工作室名称");
    LABELS.put(STAYS_IN_SHENZHEN, "变更后是否仍在深圳市内");
    LABELS.put(NEW_HOST_UNIT_CREDIT_CODE, "新依托单位统一社会信用代码");
    LABELS.put(NEW_HOST_UNIT_NAME, "新依托单位名称");
  }

  /** Top-level keys the change request form may submit. */
  public static final Set<String> KEYS = LABELS.keySet().stream().filter(k -> !k.contains("."))
      .collect(Collectors.toUnmodifiableSet());

  private ChangeRequestFields() {
  }

  public static String label(String key) {
    return LABELS.get(key);
  }
}
