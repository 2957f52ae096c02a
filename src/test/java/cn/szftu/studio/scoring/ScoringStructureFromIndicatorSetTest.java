package cn.szftu.studio.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.indicator.IndicatorSet;
import cn.szftu.studio.indicator.IndicatorSetParser;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The shipped default indicator set, turned into a scoring structure, is the one the scoring tests were written for. */
class ScoringStructureFromIndicatorSetTest {

  @Test
  void shippedDefaultSetGivesTheStructureOfIndicatorsMd() throws Exception {
    IndicatorSet set;
    try (InputStream in = new ClassPathResource("indicator/2023-reconstructed.yaml").getInputStream()) {
      set = new IndicatorSetParser().parse(in, "2023-reconstructed.yaml");
    }
    ScoringStructure structure = ScoringStructure.of(set);

    assertThat(structure.version()).isEqualTo("2023-reconstructed");
    assertThat(structure.maxTotal()).isEqualByComparingTo("100");
    assertThat(structure.items()).extracting(ScoringItem::id)
        .containsExactlyElementsOf(DefaultIndicators.STRUCTURE.items().stream().map(ScoringItem::id).toList());
    assertThat(structure.items()).extracting(i -> i.maxPoints().stripTrailingZeros())
        .containsExactlyElementsOf(DefaultIndicators.STRUCTURE.items().stream().map(i -> i.maxPoints().stripTrailingZeros()).toList());
    assertThat(structure.items()).extracting(ScoringItem::secondLevelId, ScoringItem::firstLevelId)
        .containsExactlyElementsOf(DefaultIndicators.STRUCTURE.items().stream()
            .map(i -> org.assertj.core.groups.Tuple.tuple(i.secondLevelId(), i.firstLevelId())).toList());
    assertThat(structure.levelName("C")).isEqualTo("创新成果及应用");
  }
}
