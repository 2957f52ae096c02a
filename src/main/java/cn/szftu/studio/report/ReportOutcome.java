package cn.szftu.studio.report;

/** What a step of a report came to. */
public enum ReportOutcome {
  FILED("按时报送"),
  FILED_LATE("逾期报送"),
  RESUBMITTED("已重新报送"),
  NOTIFIED("已通知推荐单位和申报单位"),
  URGED("已督促，等待补报"),
  CLOSED_UNFILED("确认未报送"),
  APPROVED("通过"),
  RETURNED("退回修改"),
  CANCELLED("年度报告终止");

  private final String label;

  ReportOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
