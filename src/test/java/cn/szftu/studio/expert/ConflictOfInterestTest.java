package cn.szftu.studio.expert;

import static cn.szftu.studio.expert.ConflictOfInterest.EARLIER_INVOLVEMENT;
import static cn.szftu.studio.expert.ConflictOfInterest.INACTIVE;
import static cn.szftu.studio.expert.ConflictOfInterest.SAME_EMPLOYER;
import static cn.szftu.studio.expert.ConflictOfInterest.SAME_UNION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ConflictOfInterestTest {

  static final CaseFacts NS_PRECISION = new CaseFacts("ns-precision", "深圳市南山精工智能装备有限公司", "nanshan",
      Set.of("nanshan", "office"));

  static ExpertProfile expert(String id, String employerName, String employerCode, String unionCode, boolean active) {
    return new ExpertProfile(id, "专家" + id, employerName, employerCode, "智能制造", unionCode, active);
  }

  @Test
  void anUnrelatedActiveExpertHasNoConflict() {
    assertThat(ConflictOfInterest.reasons(expert("e1", "深圳大学", null, null, true), NS_PRECISION)).isEmpty();
  }

  @Test
  void sameEmployerByOrganisationCode() {
    assertThat(ConflictOfInterest.reasons(expert("e1", "南山精工", "ns-precision", null, true), NS_PRECISION))
        .containsExactly(SAME_EMPLOYER);
  }

  @Test
  void aDifferentEmployerCodeWinsOverAnEqualName() {
    assertThat(ConflictOfInterest.reasons(
        expert("e1", "深圳市南山精工智能装备有限公司", "ns-chip-test", null, true), NS_PRECISION)).isEmpty();
  }

  @Test
  void sameEmployerByNameWhenTheExpertHasNoCode() {
    assertThat(ConflictOfInterest.reasons(expert("e1", " 深圳市南山精工智能装备有限公司", null, null, true), NS_PRECISION))
        .containsExactly(SAME_EMPLOYER);
    assertThat(ConflictOfInterest.reasons(expert("e2", "深圳市南山精工", null, null, true), NS_PRECISION)).isEmpty();
  }

  @Test
  void affiliatedWithTheRecommendingUnion() {
    assertThat(ConflictOfInterest.reasons(expert("e1", "深圳大学", null, "nanshan", true), NS_PRECISION))
        .containsExactly(SAME_UNION);
    assertThat(ConflictOfInterest.reasons(expert("e2", "深圳大学", null, "futian", true), NS_PRECISION)).isEmpty();
  }

  @Test
  void earlierInvolvementInThisCase() {
    assertThat(ConflictOfInterest.reasons(expert("office", "深圳大学", null, null, true), NS_PRECISION))
        .containsExactly(EARLIER_INVOLVEMENT);
  }

  @Test
  void inactive() {
    assertThat(ConflictOfInterest.reasons(expert("e1", "深圳大学", null, null, false), NS_PRECISION))
        .containsExactly(INACTIVE);
  }

  @Test
  void allReasonsAreListedInAFixedOrder() {
    assertThat(ConflictOfInterest.reasons(expert("nanshan", "x", "ns-precision", "nanshan", false), NS_PRECISION))
        .containsExactly(SAME_EMPLOYER, SAME_UNION, EARLIER_INVOLVEMENT, INACTIVE);
  }

  @Test
  void missingCaseFactsNeverMatchMissingExpertData() {
    CaseFacts bare = new CaseFacts(null, null, null, null);
    assertThat(ConflictOfInterest.reasons(expert("e1", null, null, null, true), bare)).isEmpty();
  }
}
