package cn.szftu.studio.reassessment;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The periodic re-assessment's parameters (SPEC §5; Shenzhen's values are not public). The panel itself (experts,
 * disagreement threshold) is the one of the batch that named the studio, so a studio is re-scored the way it was
 * scored.
 *
 * @param reviewCycleYears           years from the naming decision to the first re-assessment and between
 *                                   re-assessments (default 3)
 * @param keepLine                   lowest panel score that keeps the studio (保留; default 75)
 * @param rectifyLine                lowest panel score that earns a rectification deadline instead of revocation
 *                                   (限期整改; default 60); after rectification only the keep line counts
 * @param rectificationWorkingDays   working days the host unit has to rectify and report (default 20, about a
 *                                   month; the holiday calendar must cover the year the deadline falls in)
 */
@ConfigurationProperties("studio.reassessment")
public record ReassessmentProperties(Integer reviewCycleYears, BigDecimal keepLine, BigDecimal rectifyLine,
    Integer rectificationWorkingDays) {

  public static final int DEFAULT_REVIEW_CYCLE_YEARS = 3;
  public static final BigDecimal DEFAULT_KEEP_LINE = new BigDecimal("75");
  public static final BigDecimal DEFAULT_RECTIFY_LINE = new BigDecimal("60");
  public static final int DEFAULT_RECTIFICATION_WORKING_DAYS = 20;
  private static final BigDecimal FULL_MARKS = new BigDecimal("100");

  public ReassessmentProperties {
    reviewCycleYears = reviewCycleYears == null ? DEFAULT_REVIEW_CYCLE_YEARS : reviewCycleYears;
    keepLine = keepLine == null ? DEFAULT_KEEP_LINE : keepLine;
    rectifyLine = rectifyLine == null ? DEFAULT_RECTIFY_LINE : rectifyLine;
    rectificationWorkingDays = rectificationWorkingDays == null ? DEFAULT_RECTIFICATION_WORKING_DAYS
        : rectificationWorkingDays;
    if (reviewCycleYears < 1) {
      throw new IllegalStateException("studio.reassessment.review-cycle-years 至少为 1（现为 " + reviewCycleYears + "）");
    }
    if (keepLine.signum() < 0 || keepLine.compareTo(FULL_MARKS) > 0) {
      throw new IllegalStateException("studio.reassessment.keep-line 应在 0 至 100 之间（现为 " + keepLine + "）");
    }
    if (rectifyLine.signum() < 0 || rectifyLine.compareTo(keepLine) > 0) {
      throw new IllegalStateException("studio.reassessment.rectify-line 应在 0 至保留线 " + keepLine + " 之间（现为 "
          + rectifyLine + "）");
    }
    if (rectificationWorkingDays < 1) {
      throw new IllegalStateException("studio.reassessment.rectification-working-days 至少为 1（现为 "
          + rectificationWorkingDays + "）");
    }
  }
}
