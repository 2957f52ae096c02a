package cn.szftu.studio.reassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The re-assessment parameters: their defaults, and settings that cannot work refused at start-up in Chinese. */
class ReassessmentPropertiesTest {

  @Test
  void defaultsAreThreeYearsSeventyFiveSixtyAndTwentyWorkingDays() {
    ReassessmentProperties defaults = new ReassessmentProperties(null, null, null, null);
    assertThat(defaults.reviewCycleYears()).isEqualTo(3);
    assertThat(defaults.keepLine()).isEqualByComparingTo("75");
    assertThat(defaults.rectifyLine()).isEqualByComparingTo("60");
    assertThat(defaults.rectificationWorkingDays()).isEqualTo(20);
  }

  @Test
  void refusesSettingsThatCannotWork() {
    assertThatThrownBy(() -> new ReassessmentProperties(0, null, null, null))
        .hasMessageContaining("review-cycle-years");
    assertThatThrownBy(() -> new ReassessmentProperties(null, new BigDecimal("101"), null, null))
        .hasMessageContaining("keep-line");
    assertThatThrownBy(() -> new ReassessmentProperties(null, new BigDecimal("70"), new BigDecimal("71"), null))
        .hasMessageContaining("rectify-line").hasMessageContaining("保留线 70");
    assertThatThrownBy(() -> new ReassessmentProperties(null, null, new BigDecimal("-1"), null))
        .hasMessageContaining("rectify-line");
    assertThatThrownBy(() -> new ReassessmentProperties(null, null, null, 0))
        .hasMessageContaining("rectification-working-days");
  }
}
