package cn.szftu.studio.notice;

/** Where an objection's investigation stands. */
public enum ObjectionStatus {
  UNDER_VERIFICATION("推荐单位核查中"),
  AWAITING_CONCLUSION("待市总工会认定"),
  SUBSTANTIATED("异议成立"),
  REJECTED("异议不成立");

  private final String label;

  ObjectionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isOpen() {
    return this == UNDER_VERIFICATION || this == AWAITING_CONCLUSION;
  }
}
