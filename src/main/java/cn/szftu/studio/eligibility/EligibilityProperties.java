package cn.szftu.studio.eligibility;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The eligibility thresholds of SPEC §5: parameters with defaults, never literals in the rules. Shenzhen's exact
 * values are not public; change them in configuration (studio.eligibility.*).
 *
 * @param minVenueArea null means no minimum area (the standard gives none)
 */
@ConfigurationProperties("studio.eligibility")
public record EligibilityProperties(
    HonourLevel minHonourLevel,
    Set<HonourType> qualifyingHonourTypes,
    int minTeamMembers,
    int minOperatingYears,
    BigDecimal minVenueArea,
    BigDecimal minAnnualFunding,
    int minPlannedTopics) {

  public EligibilityProperties {
    minHonourLevel = minHonourLevel == null ? HonourLevel.CITY : minHonourLevel;
    qualifyingHonourTypes = qualifyingHonourTypes == null || qualifyingHonourTypes.isEmpty()
        ? EnumSet.complementOf(EnumSet.of(HonourType.OTHER)) : qualifyingHonourTypes;
    minAnnualFunding = minAnnualFunding == null ? BigDecimal.ONE : minAnnualFunding;
  }
}
