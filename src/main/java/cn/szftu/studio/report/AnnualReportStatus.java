package cn.szftu.studio.report;

/** Where a studio's report for one year stands. */
public enum AnnualReportStatus {
  AWAITING("待报送"),
  SUBMITTED("待审核"),
  RETURNED("退回修改"),
  ACCEPTED("已通过"),
  NOT_FILED("未报送"),
  CANCELLED("已终止（工作室已撤销）");

  private final String label;

  AnnualReportStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isOpen() {
    return this == AWAITING || this == SUBMITTED || this == RETURNED;
  }
}
