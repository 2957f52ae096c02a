package cn.szftu.studio.change.form;

import static cn.szftu.studio.change.form.ChangeRequestFields.*;

import cn.szftu.studio.change.ChangeType;
import cn.szftu.studio.change.StudioChange;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.spin.plugin.variable.SpinValues;

/** A stored change request turned back into form values, to prefill the correction form. */
public final class ChangeFormValues {

  private ChangeFormValues() {
  }

  public static Map<String, Object> of(StudioChange c, String namingNumber) {
    Map<String, Object> v = new HashMap<>();
    v.put(NAMING_NUMBER, namingNumber);
    v.put(CHANGE_TYPE, c.getType().name());
    v.put(CHANGE_REASONS, c.getReasons());
    v.put(NEW_STUDIO_NAME, c.getNewStudioName());
    v.put(NEW_LEADER_NAME, c.getNewLeaderName());
    v.put(NEW_LEADER_POSITION, c.getNewLeaderPosition());
    v.put(NEW_LEADER_SKILL_LEVEL, c.getNewLeaderSkillLevel() == null ? null : c.getNewLeaderSkillLevel().name());
    // Repeating groups travel as JSON variables: Java serialization of variables is switched off.
    v.put(NEW_LEADER_HONOURS, SpinValues.jsonValue(c.getNewLeaderHonours() == null ? "[]" : c.getNewLeaderHonours())
        .create());
    v.put(STAYS_IN_SHENZHEN, c.getType() != ChangeType.HOST_UNIT ? null
        : (Boolean.TRUE.equals(c.getStaysInShenzhen()) ? ChangeRequestValidator.StaysInShenzhen.YES
            : ChangeRequestValidator.StaysInShenzhen.NO).name());
    v.put(NEW_HOST_UNIT_CREDIT_CODE, c.getNewHostUnitCreditCode());
    v.put(NEW_HOST_UNIT_NAME, c.getNewHostUnitName());
    return v;
  }

  /** The fields that do not belong to a change type, e.g. the leader's for a name change. */
  public static Set<String> notOf(ChangeType type) {
    Set<String> fields = new HashSet<>();
    if (type != ChangeType.LEADER) {
      fields.addAll(LEADER_FIELDS);
    }
    if (type != ChangeType.HOST_UNIT) {
      fields.addAll(HOST_UNIT_FIELDS);
    }
    if (type == ChangeType.HOST_UNIT) {
      fields.add(NEW_STUDIO_NAME);
    }
    return fields;
  }
}
