package cn.szftu.studio.eligibility;

/** Level of a leader's honour; the rank orders them for "at or above the configured minimum". */
public enum HonourLevel {
  DISTRICT(1, "区级"),
  CITY(2, "市级"),
  PROVINCIAL(3, "省部级"),
  NATIONAL(4, "全国");

  private final int rank;
  private final String label;

  HonourLevel(int rank, String label) {
    this.rank = rank;
    this.label = label;
  }

  public int rank() {
    return rank;
  }

  public String label() {
    return label;
  }
}
