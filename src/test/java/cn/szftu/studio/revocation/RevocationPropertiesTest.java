package cn.szftu.studio.revocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The ban per ground and the periods: defaults, configuration, and what is refused at start-up. */
class RevocationPropertiesTest {

  @Test
  void defaultsBanFraudLongestAndNobodyForAClosedUnitOrAGoneLeader() {
    RevocationProperties defaults = RevocationProperties.defaults();

    assertThat(defaults.defenceWorkingDays()).isEqualTo(10);
    assertThat(defaults.plaqueReturnWorkingDays()).isEqualTo(15);
    assertThat(defaults.banYears(RevocationGround.FRAUD)).isEqualTo(5);
    assertThat(defaults.banYears(RevocationGround.DISHONESTY_LISTING)).isEqualTo(3);
    assertThat(defaults.banYears(RevocationGround.SERIOUS_INCIDENT)).isEqualTo(3);
    assertThat(defaults.banYears(RevocationGround.FAILED_REASSESSMENT)).isEqualTo(2);
    assertThat(defaults.banYears(RevocationGround.UNIT_CLOSED_OR_MOVED)).isZero();
    assertThat(defaults.banYears(RevocationGround.LEADER_GONE)).isZero();
    assertThat(defaults.banYears()).containsOnlyKeys(RevocationGround.values());
  }

  @Test
  void configurationOverridesSomeGroundsAndKeepsTheOthersDefaults() {
    RevocationProperties properties = bind(Map.of(
        "studio.revocation.defence-working-days", "7",
        "studio.revocation.ban-years.FRAUD", "8",
        "studio.revocation.ban-years.LEADER_GONE", "1"));

    assertThat(properties.defenceWorkingDays()).isEqualTo(7);
    assertThat(properties.plaqueReturnWorkingDays()).isEqualTo(15);
    assertThat(properties.banYears(RevocationGround.FRAUD)).isEqualTo(8);
    assertThat(properties.banYears(RevocationGround.LEADER_GONE)).isEqualTo(1);
    assertThat(properties.banYears(RevocationGround.DISHONESTY_LISTING)).isEqualTo(3);
  }

  @Test
  void refusesBansOutsideZeroToTwentyYearsAndPeriodsOutsideOneToSixtyDays() {
    assertThatThrownBy(() -> new RevocationProperties(null, null, Map.of(RevocationGround.FRAUD, -1)))
        .hasMessageContaining("studio.revocation.ban-years.FRAUD");
    assertThatThrownBy(() -> new RevocationProperties(null, null, Map.of(RevocationGround.FRAUD, 21)))
        .hasMessageContaining("0..20");
    assertThatThrownBy(() -> new RevocationProperties(0, null, null))
        .hasMessageContaining("defence-working-days");
    assertThatThrownBy(() -> new RevocationProperties(null, 61, null))
        .hasMessageContaining("plaque-return-working-days");
  }

  @Test
  void anUnknownGroundInTheConfigurationFailsTheBinding() {
    assertThatThrownBy(() -> bind(Map.of("studio.revocation.ban-years.CLOSED", "1")))
        .hasStackTraceContaining("CLOSED");
  }

  @Test
  void theBanRunsFullYearsFromTheDecisionDate() {
    RevocationProperties defaults = RevocationProperties.defaults();
    LocalDate decided = LocalDate.of(2026, 11, 25);

    assertThat(ReapplicationBanTerm.lastBannedDay(defaults, RevocationGround.FRAUD, decided))
        .contains(LocalDate.of(2031, 11, 24));
    assertThat(ReapplicationBanTerm.lastBannedDay(defaults, RevocationGround.FAILED_REASSESSMENT, decided))
        .contains(LocalDate.of(2028, 11, 24));
    assertThat(ReapplicationBanTerm.lastBannedDay(defaults, RevocationGround.UNIT_CLOSED_OR_MOVED, decided))
        .isEmpty();
    // a decision on 29 February: the anniversary falls on 28 February, the ban ends the day before
    assertThat(ReapplicationBanTerm.lastBannedDay(
        new RevocationProperties(null, null, Map.of(RevocationGround.FRAUD, 1)), RevocationGround.FRAUD,
        LocalDate.of(2028, 2, 29))).contains(LocalDate.of(2029, 2, 27));
  }

  private static RevocationProperties bind(Map<String, String> values) {
    return new Binder(new MapConfigurationPropertySource(values))
        .bindOrCreate("studio.revocation", RevocationProperties.class);
  }
}
