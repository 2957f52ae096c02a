package cn.szftu.studio.expert;

import static cn.szftu.studio.expert.ConflictOfInterestTest.NS_PRECISION;
import static cn.szftu.studio.expert.ConflictOfInterestTest.expert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExpertDrawTest {

  /** Twelve unrelated experts u01..u12 plus one of each conflict kind. */
  static List<ExpertProfile> pool() {
    List<ExpertProfile> pool = new ArrayList<>();
    IntStream.rangeClosed(1, 12).forEach(i -> pool.add(expert(String.format("u%02d", i), "深圳大学", null, null, true)));
    pool.add(expert("c-employer", "南山精工", "ns-precision", null, true));
    pool.add(expert("c-name", "深圳市南山精工智能装备有限公司", null, null, true));
    pool.add(expert("c-union", "深圳大学", null, "nanshan", true));
    pool.add(expert("office", "深圳大学", null, null, true));
    pool.add(expert("c-inactive", "深圳大学", null, null, false));
    return pool;
  }

  @Test
  void theSameSeedGivesTheSameExpertsInTheSameOrderWhateverThePoolOrder() {
    List<ExpertProfile> shuffled = pool();
    Collections.shuffle(shuffled, new java.util.Random(7));
    DrawResult first = ExpertDraw.draw(pool(), NS_PRECISION, 5, 20260615L);
    DrawResult again = ExpertDraw.draw(shuffled, NS_PRECISION, 5, 20260615L);
    assertThat(again).isEqualTo(first);
    assertThat(first.drawn()).hasSize(5).doesNotHaveDuplicates();
    assertThat(first.seed()).isEqualTo(20260615L);
    assertThat(first.requested()).isEqualTo(5);
    assertThat(first.enough()).isTrue();
  }

  @Test
  void differentSeedsUsuallyGiveDifferentPanels() {
    Set<List<String>> panels = new HashSet<>();
    for (long seed = 0; seed < 20; seed++) {
      panels.add(ExpertDraw.draw(pool(), NS_PRECISION, 5, seed).drawn());
    }
    assertThat(panels).hasSizeGreaterThan(15);
  }

  @Test
  void everyConflictKindIsExcludedWithItsReasons() {
    for (long seed = 0; seed < 50; seed++) {
      DrawResult result = ExpertDraw.draw(pool(), NS_PRECISION, 5, seed);
      assertThat(result.drawn()).allMatch(id -> id.startsWith("u"));
    }
    DrawResult result = ExpertDraw.draw(pool(), NS_PRECISION, 5, 1L);
    assertThat(result.excluded()).containsOnlyKeys("c-employer", "c-inactive", "c-name", "c-union", "office");
    assertThat(List.copyOf(result.excluded().keySet())).isSorted();
    assertThat(result.excluded().get("c-employer")).containsExactly(ConflictOfInterest.SAME_EMPLOYER);
    assertThat(result.excluded().get("c-name")).containsExactly(ConflictOfInterest.SAME_EMPLOYER);
    assertThat(result.excluded().get("c-union")).containsExactly(ConflictOfInterest.SAME_UNION);
    assertThat(result.excluded().get("office")).containsExactly(ConflictOfInterest.EARLIER_INVOLVEMENT);
    assertThat(result.excluded().get("c-inactive")).containsExactly(ConflictOfInterest.INACTIVE);
  }

  @Test
  void tooFewEligibleExpertsReturnsAllOfThemWithoutCrashing() {
    DrawResult result = ExpertDraw.draw(pool(), NS_PRECISION, 15, 3L);
    assertThat(result.enough()).isFalse();
    assertThat(result.drawn()).hasSize(12).doesNotHaveDuplicates().allMatch(id -> id.startsWith("u"));
    assertThat(result.requested()).isEqualTo(15);

    DrawResult none = ExpertDraw.draw(List.of(), NS_PRECISION, 5, 3L);
    assertThat(none.enough()).isFalse();
    assertThat(none.drawn()).isEmpty();
  }

  @Test
  void exactlyEnoughIsEnough() {
    DrawResult result = ExpertDraw.draw(pool(), NS_PRECISION, 12, 3L);
    assertThat(result.enough()).isTrue();
    assertThat(result.drawn()).hasSize(12);
  }

  @Test
  void aReplacementIsNeitherAlreadyDrawnNorRecusedNorInConflict() {
    DrawResult panel = ExpertDraw.draw(pool(), NS_PRECISION, 5, 11L);
    List<String> out = new ArrayList<>(panel.drawn());
    out.add("u12"); // recused earlier
    DrawResult replacement = ExpertDraw.replacement(pool(), NS_PRECISION, out, 12L);
    assertThat(replacement.enough()).isTrue();
    assertThat(replacement.drawn()).singleElement()
        .satisfies(id -> assertThat(id).startsWith("u").isNotIn(out));
    assertThat(replacement.excluded().get("u12")).containsExactly(ExpertDraw.ALREADY_ON_PANEL);
    assertThat(ExpertDraw.replacement(pool(), NS_PRECISION, out, 12L)).isEqualTo(replacement);
  }

  @Test
  void noReplacementLeftIsReportedNotThrown() {
    List<String> everyone = pool().stream().map(ExpertProfile::id).toList();
    DrawResult replacement = ExpertDraw.replacement(pool(), NS_PRECISION, everyone, 1L);
    assertThat(replacement.enough()).isFalse();
    assertThat(replacement.drawn()).isEmpty();
  }

  @Test
  void aDuplicateIdInThePoolIsRefused() {
    List<ExpertProfile> pool = pool();
    pool.add(pool.get(0));
    assertThatThrownBy(() -> ExpertDraw.draw(pool, NS_PRECISION, 5, 1L))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
