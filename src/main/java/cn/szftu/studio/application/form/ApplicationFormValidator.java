package cn.szftu.studio.application.form;

import static cn.szftu.studio.application.form.ApplicationFields.*;

import cn.szftu.studio.eligibility.HonourLevel;
import cn.szftu.studio.eligibility.HonourType;
import cn.szftu.studio.organisation.UnifiedSocialCreditCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The one validator of the application form, run on the server for the start form and for every correction: types,
 * ranges, lengths, the credit code's check digit, the mobile number, and that the applicant applies for their own
 * unit through an existing union. Eligibility (thresholds) is decided later by the DMN, not here.
 */
@Component
public class ApplicationFormValidator {

  private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000000");
  private static final int SHORT = 50;
  private static final int NAME = 100;
  private static final int LONG = 2000;

  /**
   * @param ownCreditCodes the credit codes of the host units the applicant belongs to
   * @param unionCodes the recommending unions that may be chosen
   */
  public record Context(Set<String> ownCreditCodes, Set<String> unionCodes, LocalDate today) {
  }

  public ApplicationContent validate(Map<String, Object> values, Context context) {
    FieldReader in = new FieldReader(values, ApplicationFields::label);
    in.refuseUnknown(ApplicationFields.KEYS);

    String studioName = in.text(STUDIO_NAME, true, NAME);
    String leaderName = in.text(LEADER_NAME, true, SHORT);
    List<ApplicationContent.Honour> honours = honours(in, context.today());
    SkillLevel leaderSkill = in.choice(LEADER_SKILL_LEVEL, true, SkillLevel.class);
    Integer yearsInPost = in.integer(LEADER_YEARS_IN_POST, true, 0, 60);
    String unitName = in.text(HOST_UNIT_NAME, true, NAME);
    String creditCode = creditCode(in, context);
    String union = in.text(RECOMMENDING_UNION, true, 40);
    if (union != null && !context.unionCodes().contains(union)) {
      in.problem(RECOMMENDING_UNION, "“" + union + "”不是有效的推荐单位");
    }
    List<ApplicationContent.TeamMember> members = teamMembers(in);
    String venueAddress = in.text(VENUE_ADDRESS, true, 200);
    BigDecimal venueArea = in.decimal(VENUE_AREA, true, new BigDecimal("0.01"), new BigDecimal("100000"), 2);
    String equipment = in.text(EQUIPMENT, true, LONG);
    BigDecimal funding = in.decimal(ANNUAL_FUNDING, true, BigDecimal.ZERO, MAX_AMOUNT, 2);
    LocalDate since = in.date(OPERATING_SINCE, true, LocalDate.of(1949, 10, 1), context.today());
    String plan = in.text(ANNUAL_PLAN, true, LONG);
    List<String> topics = topics(in);
    String rules = in.text(WORK_RULES, true, LONG);
    Integer patents = in.integer(PATENTS, true, 0, 100000);
    Integer standards = in.integer(STANDARDS, true, 0, 100000);
    Integer awards = in.integer(AWARDS, true, 0, 100000);
    Integer methods = in.integer(METHODS, true, 0, 100000);
    BigDecimal benefit = in.decimal(ECONOMIC_BENEFIT, true, BigDecimal.ZERO, MAX_AMOUNT, 2);
    Integer apprentices = in.integer(APPRENTICES, true, 0, 100000);
    Integer promotions = in.integer(PROMOTIONS, true, 0, 100000);
    Integer trainings = in.integer(TRAININGS, true, 0, 100000);
    String demonstration = in.text(DEMONSTRATION, true, LONG);
    String contactName = in.text(CONTACT_NAME, true, SHORT);
    String mobile = in.text(CONTACT_MOBILE, true, 11);
    if (mobile != null && !MOBILE.matcher(mobile).matches()) {
      in.problem(CONTACT_MOBILE, "应为 11 位中国大陆手机号码，以 1 开头");
    }
    in.checked(PLEDGE, "须勾选承诺申报材料真实有效");

    if (!in.problems().isEmpty()) {
      throw new InvalidSubmissionException(in.problems());
    }
    return new ApplicationContent(studioName, leaderName, honours, leaderSkill, yearsInPost, unitName, creditCode,
        union, members, venueAddress, venueArea, equipment, funding, since, plan, topics, rules,
        new ApplicationContent.Results(patents, standards, awards, methods, benefit),
        new ApplicationContent.Mentoring(apprentices, promotions, trainings), demonstration, contactName, mobile);
  }

  private static String creditCode(FieldReader in, Context context) {
    String code = in.text(HOST_UNIT_CREDIT_CODE, true, 18);
    if (code == null) {
      return null;
    }
    code = code.toUpperCase();
    if (!UnifiedSocialCreditCode.isValid(code)) {
      in.problem(HOST_UNIT_CREDIT_CODE, "“" + code + "”不是有效的统一社会信用代码（18 位，校验位按 GB 32100 计算）");
    } else if (context.ownCreditCodes().isEmpty()) {
      in.problem(HOST_UNIT_CREDIT_CODE, "您的账号未关联任何申报单位，请联系系统管理员");
    } else if (!context.ownCreditCodes().contains(code)) {
      in.problem(HOST_UNIT_CREDIT_CODE, "与您所在申报单位登记的统一社会信用代码不一致，只能为本单位申报");
    }
    return code;
  }

  private static List<ApplicationContent.Honour> honours(FieldReader in, LocalDate today) {
    List<ApplicationContent.Honour> honours = new ArrayList<>();
    List<FieldReader> rows = in.rows(LEADER_HONOURS, 20);
    if (rows.isEmpty()) {
      in.problem(LEADER_HONOURS, "至少填写一项领衔人荣誉");
    }
    for (FieldReader row : rows) {
      row.refuseUnknown(Set.of(HONOUR_TYPE, HONOUR_LEVEL, HONOUR_YEAR, HONOUR_TITLE));
      HonourType type = row.choice(HONOUR_TYPE, true, HonourType.class);
      HonourLevel level = row.choice(HONOUR_LEVEL, true, HonourLevel.class);
      Integer year = row.integer(HONOUR_YEAR, true, 1950, today.getYear());
      String title = row.text(HONOUR_TITLE, true, NAME);
      if (type != null && level != null && year != null && title != null) {
        honours.add(new ApplicationContent.Honour(type, level, year, title));
      }
    }
    return honours;
  }

  private static List<ApplicationContent.TeamMember> teamMembers(FieldReader in) {
    List<ApplicationContent.TeamMember> members = new ArrayList<>();
    for (FieldReader row : in.rows(TEAM_MEMBERS, 100)) {
      row.refuseUnknown(Set.of(MEMBER_NAME, MEMBER_ROLE, MEMBER_SKILL_LEVEL));
      String name = row.text(MEMBER_NAME, true, SHORT);
      String role = row.text(MEMBER_ROLE, true, NAME);
      SkillLevel level = row.choice(MEMBER_SKILL_LEVEL, true, SkillLevel.class);
      if (name != null && role != null && level != null) {
        members.add(new ApplicationContent.TeamMember(name, role, level));
      }
    }
    return members;
  }

  private static List<String> topics(FieldReader in) {
    List<String> topics = new ArrayList<>();
    for (FieldReader row : in.rows(PLANNED_TOPICS, 50)) {
      row.refuseUnknown(Set.of(TOPIC_TITLE));
      String title = row.text(TOPIC_TITLE, true, NAME);
      if (title != null) {
        topics.add(title);
      }
    }
    return topics;
  }
}
