package cn.szftu.studio.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rules of the evaluation that are not per batch.
 *
 * @param minimumPanelSize the fewest experts a panel may have when the city office settles for fewer than the batch
 *                         asks for (too few in the pool, or a recused expert nobody can replace); default 3
 */
@ConfigurationProperties("studio.evaluation")
public record EvaluationProperties(Integer minimumPanelSize) {

  public static final int DEFAULT_MINIMUM_PANEL_SIZE = 3;

  public EvaluationProperties {
    minimumPanelSize = minimumPanelSize == null ? DEFAULT_MINIMUM_PANEL_SIZE : minimumPanelSize;
    if (minimumPanelSize < 1) {
      throw new IllegalStateException("studio.evaluation.minimum-panel-size 至少为 1");
    }
  }
}
