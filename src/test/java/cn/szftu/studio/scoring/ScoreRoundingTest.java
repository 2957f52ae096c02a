package cn.szftu.studio.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScoreRoundingTest {

  @Test
  void publishesTwoDecimalsHalfUp() {
    assertThat(ScoreRounding.publish(new BigDecimal("83.835"))).isEqualByComparingTo("83.84");
    assertThat(ScoreRounding.publish(new BigDecimal("83.834"))).isEqualByComparingTo("83.83");
    assertThat(ScoreRounding.publish(new BigDecimal("85")).toPlainString()).isEqualTo("85.00");
  }

  @Test
  void roundsAMeanOnce() {
    // 251.5 / 3 = 83.8333... -> 83.83 ; 2 / 3 = 0.6666... -> 0.67 ; 0.5 / 4 = 0.125 -> 0.13
    assertThat(ScoreRounding.publishMean(new BigDecimal("251.5"), 3)).isEqualByComparingTo("83.83");
    assertThat(ScoreRounding.publishMean(new BigDecimal("2"), 3)).isEqualByComparingTo("0.67");
    assertThat(ScoreRounding.publishMean(new BigDecimal("0.5"), 4)).isEqualByComparingTo("0.13");
    assertThatThrownBy(() -> ScoreRounding.publishMean(BigDecimal.ONE, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
