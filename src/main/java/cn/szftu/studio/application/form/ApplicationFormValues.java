package cn.szftu.studio.application.form;

import static cn.szftu.studio.application.form.ApplicationFields.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/** The stored content turned back into form values, to prefill the correction form. */
public final class ApplicationFormValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ApplicationFormValues() {
  }

  public static Map<String, Object> of(ApplicationContent c) {
    Map<String, Object> v = new HashMap<>();
    v.put(STUDIO_NAME, c.studioName());
    v.put(LEADER_NAME, c.leaderName());
    v.put(LEADER_HONOURS, json(c.leaderHonours().stream().map(h -> row(HONOUR_TYPE, h.type().name(),
        HONOUR_LEVEL, h.level().name(), HONOUR_YEAR, h.year(), HONOUR_TITLE, h.title())).toList()));
    v.put(LEADER_SKILL_LEVEL, c.leaderSkillLevel().name());
    v.put(LEADER_YEARS_IN_POST, (long) c.leaderYearsInPost());
    v.put(HOST_UNIT_NAME, c.hostUnitName());
    v.put(HOST_UNIT_CREDIT_CODE, c.hostUnitCreditCode());
    v.put(RECOMMENDING_UNION, c.recommendingUnion());
    v.put(TEAM_MEMBERS, json(c.teamMembers().stream().map(m -> row(MEMBER_NAME, m.name(), MEMBER_ROLE, m.role(),
        MEMBER_SKILL_LEVEL, m.skillLevel().name())).toList()));
    v.put(VENUE_ADDRESS, c.venueAddress());
    v.put(VENUE_AREA, c.venueArea().doubleValue());
    v.put(EQUIPMENT, c.equipment());
    v.put(ANNUAL_FUNDING, c.annualFunding().doubleValue());
    v.put(OPERATING_SINCE, c.operatingSince().toString());
    v.put(ANNUAL_PLAN, c.annualPlan());
    v.put(PLANNED_TOPICS, json(c.plannedTopics().stream().map(t -> row(TOPIC_TITLE, t)).toList()));
    v.put(WORK_RULES, c.workRules());
    v.put(PATENTS, (long) c.results().patents());
    v.put(STANDARDS, (long) c.results().standards());
    v.put(AWARDS, (long) c.results().awards());
    v.put(METHODS, (long) c.results().methods());
    v.put(ECONOMIC_BENEFIT, c.results().economicBenefit().doubleValue());
    v.put(APPRENTICES, (long) c.mentoring().apprentices());
    v.put(PROMOTIONS, (long) c.mentoring().promotions());
    v.put(TRAININGS, (long) c.mentoring().trainings());
    v.put(DEMONSTRATION, c.demonstrationActivities());
    v.put(CONTACT_NAME, c.contactName());
    v.put(CONTACT_MOBILE, c.contactMobile());
    v.put(PLEDGE, false);
    return v;
  }

  private static Map<String, Object> row(Object... keyValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      row.put((String) keyValues[i], keyValues[i + 1]);
    }
    return row;
  }

  /** Repeating groups travel as JSON variables: Java serialization of variables is switched off. */
  private static TypedValue json(List<Map<String, Object>> rows) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(rows)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
