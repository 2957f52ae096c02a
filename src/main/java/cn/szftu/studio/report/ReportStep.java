package cn.szftu.studio.report;

/** The steps of a report that leave a record (annual_report_decision). */
public enum ReportStep {
  FILING("填报"),
  REVISION("修改后重新报送"),
  OVERDUE("逾期通知"),
  FOLLOW_UP("推荐单位督促"),
  REVIEW("推荐单位审核"),
  REVOCATION("工作室撤销");

  private final String label;

  ReportStep(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
