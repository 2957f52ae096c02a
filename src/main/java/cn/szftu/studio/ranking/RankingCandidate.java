package cn.szftu.studio.ranking;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One application of a naming batch as the ranking sees it (SPEC §3.1/§4).
 *
 * @param applicationId the application's id; unique within one ranking
 * @param applicationNumber the application number shown to users; last tie-break (ascending)
 * @param unionCode the recommending union whose quota the application uses
 * @param panelScore the published panel score; never null (an application that has not been evaluated cannot be
 *     ranked, so a null score is refused as a programming error)
 * @param vetoed true when the panel excluded the application (一票否决), whatever the score
 * @param innovationSubtotal the 创新成果及应用 first-level indicator mean, the first tie-break (higher first); null
 *     ranks below every value
 * @param submittedAt when the application was submitted, the second tie-break (earlier first)
 */
public record RankingCandidate(
    long applicationId,
    String applicationNumber,
    String unionCode,
    BigDecimal panelScore,
    boolean vetoed,
    BigDecimal innovationSubtotal,
    Instant submittedAt) {

  public RankingCandidate {
    if (applicationNumber == null || applicationNumber.isBlank()) {
      throw new IllegalArgumentException("Application " + applicationId + " has no application number");
    }
    if (panelScore == null) {
      throw new IllegalArgumentException(
          "Application " + applicationNumber + " has no panel score: it has not been evaluated and cannot be ranked");
    }
    if (unionCode == null || unionCode.isBlank()) {
      throw new IllegalArgumentException("Application " + applicationNumber + " has no recommending union");
    }
    if (submittedAt == null) {
      throw new IllegalArgumentException("Application " + applicationNumber + " has no submission time");
    }
  }
}
