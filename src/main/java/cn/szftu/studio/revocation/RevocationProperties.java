package cn.szftu.studio.revocation;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Revocation parameters (SPEC §5, studio.revocation.*): the defence period and the plaque-return period in working
 * days, and the re-application ban per ground in years (0: no ban). Grounds missing from the configuration take the
 * defaults of {@link #DEFAULT_BAN_YEARS}; the source for Shenzhen's values is not public.
 */
@ConfigurationProperties("studio.revocation")
public record RevocationProperties(Integer defenceWorkingDays, Integer plaqueReturnWorkingDays,
    Map<RevocationGround, Integer> banYears) {

  public static final int DEFAULT_DEFENCE_WORKING_DAYS = 10;
  public static final int DEFAULT_PLAQUE_RETURN_WORKING_DAYS = 15;
  public static final int MAX_BAN_YEARS = 20;

  /**
   * Defaults by how much the ground is the unit's own fault: fraud the longest, failures of duty in between, and
   * nothing where the unit or leader is simply gone (a new unit or successor may apply at once).
   */
  public static final Map<RevocationGround, Integer> DEFAULT_BAN_YEARS = Map.of(
      RevocationGround.FRAUD, 5,
      RevocationGround.DISHONESTY_LISTING, 3,
      RevocationGround.SERIOUS_INCIDENT, 3,
      RevocationGround.FAILED_REASSESSMENT, 2,
      RevocationGround.UNIT_CLOSED_OR_MOVED, 0,
      RevocationGround.LEADER_GONE, 0);

  public RevocationProperties {
    defenceWorkingDays = checkDays("defence-working-days", defenceWorkingDays, DEFAULT_DEFENCE_WORKING_DAYS);
    plaqueReturnWorkingDays = checkDays("plaque-return-working-days", plaqueReturnWorkingDays,
        DEFAULT_PLAQUE_RETURN_WORKING_DAYS);
    Map<RevocationGround, Integer> years = new EnumMap<>(DEFAULT_BAN_YEARS);
    if (banYears != null) {
      banYears.forEach((ground, value) -> {
        if (value == null || value < 0 || value > MAX_BAN_YEARS) {
          throw new IllegalArgumentException("studio.revocation.ban-years." + ground + " must be 0.."
              + MAX_BAN_YEARS + " years, is " + value);
        }
        years.put(ground, value);
      });
    }
    banYears = Map.copyOf(years);
  }

  /** The defaults alone. */
  public static RevocationProperties defaults() {
    return new RevocationProperties(null, null, null);
  }

  public int banYears(RevocationGround ground) {
    return banYears.get(ground);
  }

  private static int checkDays(String name, Integer value, int fallback) {
    if (value == null) {
      return fallback;
    }
    if (value < 1 || value > 60) {
      throw new IllegalArgumentException("studio.revocation." + name + " must be 1..60 working days, is " + value);
    }
    return value;
  }
}
