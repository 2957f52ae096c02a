package cn.szftu.studio.status;

import static cn.szftu.studio.application.form.ApplicationFields.*;

import cn.szftu.studio.application.form.ApplicationContent;
import cn.szftu.studio.application.form.ApplicationFields;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * An application's stored content as labelled sections, in the order of the application form and with the form's
 * labels (ApplicationFields), so the page reads like the form the applicant filled in.
 */
public record ContentView(List<Section> sections) {

  /** A part of the form: single values, and a table for a repeating group. */
  public record Section(String title, List<Item> items, Table table) {
  }

  public record Item(String label, String value) {
  }

  public record Table(List<String> headers, List<List<String>> rows, String emptyText) {
  }

  static ContentView of(ApplicationContent c, String unionName) {
    List<Section> sections = new ArrayList<>();
    sections.add(new Section("工作室与领衔人", List.of(
        item(STUDIO_NAME, c.studioName()),
        item(LEADER_NAME, c.leaderName()),
        item(LEADER_SKILL_LEVEL, c.leaderSkillLevel().label()),
        item(LEADER_YEARS_IN_POST, c.leaderYearsInPost() + " 年")), null));
    sections.add(new Section(label(LEADER_HONOURS), List.of(), new Table(
        List.of(sub(LEADER_HONOURS, HONOUR_TYPE), sub(LEADER_HONOURS, HONOUR_LEVEL), sub(LEADER_HONOURS, HONOUR_YEAR),
            sub(LEADER_HONOURS, HONOUR_TITLE)),
        c.leaderHonours().stream().map(h -> List.of(h.type().label(), h.level().label(), h.year() + " 年", h.title()))
            .toList(), "未填写")));
    sections.add(new Section("申报单位", List.of(
        item(HOST_UNIT_NAME, c.hostUnitName()),
        item(HOST_UNIT_CREDIT_CODE, c.hostUnitCreditCode()),
        item(RECOMMENDING_UNION, unionName)), null));
    sections.add(new Section(label(TEAM_MEMBERS), List.of(), new Table(
        List.of("序号", sub(TEAM_MEMBERS, MEMBER_NAME), sub(TEAM_MEMBERS, MEMBER_ROLE),
            sub(TEAM_MEMBERS, MEMBER_SKILL_LEVEL)),
        IntStream.range(0, c.teamMembers().size()).mapToObj(i -> List.of(String.valueOf(i + 1),
            c.teamMembers().get(i).name(), c.teamMembers().get(i).role(),
            c.teamMembers().get(i).skillLevel().label())).toList(), "未填写")));
    sections.add(new Section("场所与保障", List.of(
        item(VENUE_ADDRESS, c.venueAddress()),
        item(VENUE_AREA, plain(c.venueArea())),
        item(EQUIPMENT, c.equipment()),
        item(ANNUAL_FUNDING, grouped(c.annualFunding())),
        item(OPERATING_SINCE, c.operatingSince().getYear() + "年" + c.operatingSince().getMonthValue() + "月"
            + c.operatingSince().getDayOfMonth() + "日")), null));
    sections.add(new Section("工作计划与制度", List.of(
        item(ANNUAL_PLAN, c.annualPlan()),
        item(WORK_RULES, c.workRules())), new Table(
        List.of("序号", sub(PLANNED_TOPICS, TOPIC_TITLE)),
        IntStream.range(0, c.plannedTopics().size()).mapToObj(i -> List.of(String.valueOf(i + 1),
            c.plannedTopics().get(i))).toList(), "未填写年度攻关课题")));
    sections.add(new Section("创新成果", List.of(
        item(PATENTS, String.valueOf(c.results().patents())),
        item(STANDARDS, String.valueOf(c.results().standards())),
        item(AWARDS, String.valueOf(c.results().awards())),
        item(METHODS, String.valueOf(c.results().methods())),
        item(ECONOMIC_BENEFIT, grouped(c.results().economicBenefit()))), null));
    sections.add(new Section("传承与示范", List.of(
        item(APPRENTICES, String.valueOf(c.mentoring().apprentices())),
        item(PROMOTIONS, String.valueOf(c.mentoring().promotions())),
        item(TRAININGS, String.valueOf(c.mentoring().trainings())),
        item(DEMONSTRATION, c.demonstrationActivities())), null));
    sections.add(new Section("联系方式", List.of(
        item(CONTACT_NAME, c.contactName()),
        item(CONTACT_MOBILE, c.contactMobile())), null));
    return new ContentView(sections);
  }

  private static Item item(String key, String value) {
    return new Item(label(key), value == null || value.isBlank() ? "—" : value);
  }

  private static String label(String key) {
    return ApplicationFields.label(key);
  }

  private static String sub(String group, String key) {
    return ApplicationFields.label(group + "." + key);
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }

  /** Money with thousands separators, as amounts are written in Chinese forms: 1,200,000.5 */
  private static String grouped(BigDecimal value) {
    return value == null ? null : new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))
        .format(value);
  }
}
