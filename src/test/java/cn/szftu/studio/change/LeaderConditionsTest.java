package cn.szftu.studio.change;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.application.form.ApplicationContent.Honour;
import cn.szftu.studio.eligibility.EligibilityProperties;
import cn.szftu.studio.eligibility.HonourLevel;
import cn.szftu.studio.eligibility.HonourType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The new leader meets the naming's leader conditions: a qualifying honour at or above the configured level. */
class LeaderConditionsTest {

  private final LeaderConditions defaults = conditions(null, null);

  @Test
  void aCityModelWorkerQualifiesWithTheDefaults() {
    assertThat(defaults.failure(List.of(honour(HonourType.MODEL_WORKER, HonourLevel.CITY)))).isEmpty();
    assertThat(defaults.failure(List.of(honour(HonourType.CRAFTSMAN, HonourLevel.NATIONAL)))).isEmpty();
  }

  @Test
  void oneQualifyingHonourAmongOthersIsEnough() {
    assertThat(defaults.failure(List.of(honour(HonourType.OTHER, HonourLevel.NATIONAL),
        honour(HonourType.SKILL_CHAMPION, HonourLevel.DISTRICT),
        honour(HonourType.MAY_DAY_MEDAL, HonourLevel.PROVINCIAL)))).isEmpty();
  }

  @Test
  void aDistrictHonourIsBelowTheDefaultMinimumAndTheMessageSaysWhatIsNeeded() {
    assertThat(defaults.failure(List.of(honour(HonourType.MODEL_WORKER, HonourLevel.DISTRICT))))
        .hasValueSatisfying(message -> assertThat(message).startsWith("新领衔人不符合领衔人条件")
            .contains("市级及以上", "劳动模范/先进工作者", "五一劳动奖章").doesNotContain("其他荣誉"));
  }

  @Test
  void anHonourOfAKindThatDoesNotCountFailsWhateverItsLevel() {
    assertThat(defaults.failure(List.of(honour(HonourType.OTHER, HonourLevel.NATIONAL)))).isPresent();
    assertThat(defaults.failure(List.of()) ).isPresent();
  }

  @Test
  void theConfiguredThresholdsDecide() {
    LeaderConditions provincialCraftsmenOnly = conditions(HonourLevel.PROVINCIAL, EnumSet.of(HonourType.CRAFTSMAN));
    assertThat(provincialCraftsmenOnly.failure(List.of(honour(HonourType.CRAFTSMAN, HonourLevel.PROVINCIAL))))
        .isEmpty();
    assertThat(provincialCraftsmenOnly.failure(List.of(honour(HonourType.CRAFTSMAN, HonourLevel.CITY))))
        .hasValueSatisfying(m -> assertThat(m).contains("省部级及以上", "工匠"));
    assertThat(provincialCraftsmenOnly.failure(List.of(honour(HonourType.MODEL_WORKER, HonourLevel.NATIONAL))))
        .isPresent();
  }

  static LeaderConditions conditions(HonourLevel minimum, Set<HonourType> types) {
    return new LeaderConditions(new EligibilityProperties(minimum, types, 3, 3, null, null, 1));
  }

  private static Honour honour(HonourType type, HonourLevel level) {
    return new Honour(type, level, 2020, "荣誉");
  }
}
