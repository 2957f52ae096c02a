package cn.szftu.studio.eligibility;

import java.util.HashMap;
import java.util.Map;

/**
 * The inputs of the studio-eligibility decision: the application's facts next to the configured thresholds, so the
 * DMN compares one with the other and holds no number itself.
 */
public record EligibilityFacts(
    int leaderHonourRank, String leaderHonourLabel, int minHonourRank, String minHonourLabel,
    int teamMembers, int minTeamMembers,
    int operatingYears, int minOperatingYears,
    double venueArea, double minVenueArea, String venueAreaText, String minVenueAreaText,
    double annualFunding, double minAnnualFunding, String minAnnualFundingText,
    int plannedTopics, int minPlannedTopics,
    boolean reapplicationBanned, String banUntil,
    boolean windowOpen) {

  public Map<String, Object> asVariables() {
    Map<String, Object> v = new HashMap<>();
    v.put("leaderHonourRank", leaderHonourRank);
    v.put("leaderHonourLabel", leaderHonourLabel);
    v.put("minHonourRank", minHonourRank);
    v.put("minHonourLabel", minHonourLabel);
    v.put("teamMembers", teamMembers);
    v.put("minTeamMembers", minTeamMembers);
    v.put("operatingYears", operatingYears);
    v.put("minOperatingYears", minOperatingYears);
    v.put("venueArea", venueArea);
    v.put("minVenueArea", minVenueArea);
    v.put("venueAreaText", venueAreaText);
    v.put("minVenueAreaText", minVenueAreaText);
    v.put("annualFunding", annualFunding);
    v.put("minAnnualFunding", minAnnualFunding);
    v.put("minAnnualFundingText", minAnnualFundingText);
    v.put("plannedTopics", plannedTopics);
    v.put("minPlannedTopics", minPlannedTopics);
    v.put("reapplicationBanned", reapplicationBanned);
    v.put("banUntil", banUntil == null ? "" : banUntil);
    v.put("windowOpen", windowOpen);
    return v;
  }
}
