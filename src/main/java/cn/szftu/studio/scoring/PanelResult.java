package cn.szftu.studio.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Result of scoring one application by a panel. All scores are published values
 * ({@link ScoreRounding}).
 *
 * @param panelScore the mean of the experts' totals, or the trimmed mean when {@code trimmed}
 * @param trimmed true when one highest and one lowest total were dropped (5 or more experts)
 * @param countedExpertIds experts whose totals enter the panel score (and the per-indicator means)
 * @param droppedHighestExpertId expert whose total was dropped as highest, or null
 * @param droppedLowestExpertId expert whose total was dropped as lowest, or null
 * @param itemMeans mean per third-level item over the counted experts
 * @param secondLevelMeans mean per second-level indicator over the counted experts
 * @param firstLevelMeans mean per first-level indicator over the counted experts
 * @param spread highest total minus lowest total over all experts
 * @param disagreement true when {@code spread} is strictly greater than the threshold
 * @param excluded true when any sheet carries a veto flag, whatever the score
 * @param exclusionReasons the veto flags, in sheet order
 */
public record PanelResult(
    String structureVersion,
    BigDecimal panelScore,
    boolean trimmed,
    List<ExpertResult> experts,
    List<String> countedExpertIds,
    String droppedHighestExpertId,
    String droppedLowestExpertId,
    Map<String, BigDecimal> itemMeans,
    Map<String, BigDecimal> secondLevelMeans,
    Map<String, BigDecimal> firstLevelMeans,
    BigDecimal highestTotal,
    BigDecimal lowestTotal,
    BigDecimal spread,
    BigDecimal disagreementThreshold,
    boolean disagreement,
    boolean excluded,
    List<ExclusionReason> exclusionReasons) {
}
