package cn.szftu.studio.eligibility;

import cn.szftu.studio.application.form.ApplicationContent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Gathers an application's facts and the configured thresholds and asks the studio-eligibility DMN (collect hit
 * policy) for every condition that fails; an empty list means eligible.
 */
@Component
public class EligibilityCheck {

  public static final String DECISION_KEY = "studio-eligibility";
  static final String OUTPUT = "failure";

  private final DecisionService decisionService;
  private final EligibilityProperties thresholds;
  private final ReapplicationBanRepository bans;

  public EligibilityCheck(DecisionService decisionService, EligibilityProperties thresholds,
      ReapplicationBanRepository bans) {
    this.decisionService = decisionService;
    this.thresholds = thresholds;
    this.bans = bans;
  }

  public List<String> failures(ApplicationContent content, String hostUnitCode, LocalDate today, boolean windowOpen) {
    EligibilityFacts facts = facts(content, hostUnitCode, today, windowOpen);
    return decisionService.evaluateDecisionByKey(DECISION_KEY)
        .variables(Variables.fromMap(facts.asVariables()))
        .evaluate()
        .collectEntries(OUTPUT);
  }

  EligibilityFacts facts(ApplicationContent content, String hostUnitCode, LocalDate today, boolean windowOpen) {
    HonourLevel best = content.leaderHonours().stream()
        .filter(h -> thresholds.qualifyingHonourTypes().contains(h.type()))
        .map(ApplicationContent.Honour::level)
        .max(Comparator.comparingInt(HonourLevel::rank))
        .orElse(null);
    var ban = bans.inForce(hostUnitCode, content.leaderName(), today).stream().findFirst();
    return new EligibilityFacts(
        best == null ? 0 : best.rank(), best == null ? "无符合条件的荣誉" : best.label(),
        thresholds.minHonourLevel().rank(), thresholds.minHonourLevel().label(),
        content.teamMembers().size(), thresholds.minTeamMembers(),
        Period.between(content.operatingSince(), today).getYears(), thresholds.minOperatingYears(),
        content.venueArea().doubleValue(), orZero(thresholds.minVenueArea()),
        content.venueArea().toPlainString(), text(thresholds.minVenueArea()),
        content.annualFunding().doubleValue(), orZero(thresholds.minAnnualFunding()),
        text(thresholds.minAnnualFunding()),
        content.plannedTopics().size(), thresholds.minPlannedTopics(),
        ban.isPresent(), ban.map(b -> b.getBannedUntil().toString()).orElse(null),
        windowOpen);
  }

  private static String text(BigDecimal value) {
    return value == null ? "0" : value.stripTrailingZeros().toPlainString();
  }

  private static double orZero(BigDecimal value) {
    return value == null ? 0 : value.doubleValue();
  }
}
