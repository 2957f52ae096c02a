package cn.szftu.studio.security;

/** Camunda group ids of SPEC §2, and how groups are derived from organisation codes. */
public final class Groups {

  public static final String CITY_OFFICE = "city-office";
  public static final String CITY_LEADERSHIP = "city-leadership";
  public static final String EXPERTS = "experts";
  public static final String APPLICANT = "applicant";
  /** Camunda's own administrator group id, which the webapps recognise. */
  public static final String ADMIN = "camunda-admin";

  public static final String UNION_PREFIX = "union-";
  public static final String UNIT_PREFIX = "unit-";

  /** Groups derived from the tree are WORKFLOW groups; role groups are SYSTEM groups. */
  public static final String TYPE_WORKFLOW = "WORKFLOW";
  public static final String TYPE_SYSTEM = "SYSTEM";

  private Groups() {
  }

  public static String unionGroup(String unionCode) {
    return UNION_PREFIX + unionCode;
  }

  public static String unitGroup(String hostUnitCode) {
    return UNIT_PREFIX + hostUnitCode;
  }

  public static boolean isDerived(String groupId) {
    return groupId.startsWith(UNION_PREFIX) || groupId.startsWith(UNIT_PREFIX);
  }
}
