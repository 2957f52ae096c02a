package cn.szftu.studio.application.form;

import cn.szftu.studio.eligibility.HonourLevel;
import cn.szftu.studio.eligibility.HonourType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An application's content after validation: what is stored, shown to reviewers and used by the rules. */
public record ApplicationContent(
    String studioName,
    String leaderName,
    List<Honour> leaderHonours,
    SkillLevel leaderSkillLevel,
    int leaderYearsInPost,
    String hostUnitName,
    String hostUnitCreditCode,
    String recommendingUnion,
    List<TeamMember> teamMembers,
    String venueAddress,
    BigDecimal venueArea,
    String equipment,
    BigDecimal annualFunding,
    LocalDate operatingSince,
    String annualPlan,
    List<String> plannedTopics,
    String workRules,
    Results results,
    Mentoring mentoring,
    String demonstrationActivities,
    String contactName,
    String contactMobile) {

  public record Honour(HonourType type, HonourLevel level, int year, String title) {
  }

  public record TeamMember(String name, String role, SkillLevel skillLevel) {
  }

  public record Results(int patents, int standards, int awards, int methods, BigDecimal economicBenefit) {
  }

  public record Mentoring(int apprentices, int promotions, int trainings) {
  }
}
