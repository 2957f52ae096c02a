package cn.szftu.studio.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One expert's published result: total and subtotals per first-level and second-level indicator (keyed
 * by indicator id, in display order), all at {@link ScoreRounding#SCALE} decimals.
 */
public record ExpertResult(String expertId, BigDecimal total, Map<String, BigDecimal> firstLevelSubtotals,
    Map<String, BigDecimal> secondLevelSubtotals, String comment, List<Veto> vetoes) {
}
