package cn.szftu.studio.change;

/** The steps of a change at which something is decided; each decision row names its step. */
public enum ChangeStep {
  REQUEST("提交变更申请"),
  UNION_REVIEW("推荐单位审核"),
  CORRECTION("申请人补正"),
  OFFICE_APPROVAL("市总工会审批"),
  LEADERSHIP_APPROVAL("市总工会主席会议审批"),
  MOVE_OUT_CONFIRMATION("市总工会确认迁出"),
  REVOCATION("撤销程序"),
  REGISTRATION("登记变更");

  private final String label;

  ChangeStep(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
