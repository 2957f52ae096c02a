package cn.szftu.studio.revocation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How long a revoked studio's host unit may not apply again: the configured years for the ground, counted from the
 * revocation decision's date. The ban's last day is the day before the anniversary (n full years), so a unit revoked
 * on 2026-11-25 with 3 years may apply again from 2029-11-25. No years, no ban.
 */
public final class ReapplicationBanTerm {

  private ReapplicationBanTerm() {
  }

  /** The last banned day, or empty when the ground carries no ban. */
  public static Optional<LocalDate> lastBannedDay(RevocationProperties properties, RevocationGround ground,
      LocalDate decisionDate) {
    int years = properties.banYears(ground);
    return years == 0 ? Optional.empty() : Optional.of(decisionDate.plusYears(years).minusDays(1));
  }
}
