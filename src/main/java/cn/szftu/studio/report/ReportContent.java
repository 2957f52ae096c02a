package cn.szftu.studio.report;

import java.math.BigDecimal;

/**
 * What a host unit reports about its studio's year: counts where a count says it, text where it does not.
 *
 * @param economicBenefit in 万元 (ten thousand yuan), two decimals at most
 */
public record ReportContent(int projectCount, String projectSummary, int resultCount, int patentCount,
    int inventionPatentCount, String resultsSummary, BigDecimal economicBenefit, String benefitBasis,
    int apprenticeCount, int promotionCount, int trainingCount, int traineeCount, String teamChanges,
    String workSummary, String nextYearPlan) {
}
