package cn.szftu.studio.application;

/** Where an application stands, in the words the applicant sees on 我的申报. */
public enum ApplicationStatus {
  SUBMITTED("已提交，资格审查中", true),
  CORRECTION_REQUIRED("待补正", true),
  AWAITING_RECOMMENDATION("待推荐单位审核", true),
  AWAITING_INITIAL_REVIEW("待市总工会初审", true),
  EXPERT_EVALUATION("专家评审", false),
  EVALUATED("专家评审完成，待研究决定", false),
  NAMED("已命名", false),
  NOT_NAMED("未予命名", false),
  NOT_RECOMMENDED("推荐单位不予推荐", false),
  REJECTED("初审未通过", false),
  WITHDRAWN("已撤回", false),
  LAPSED("逾期未补正，视为撤回", false);

  private final String label;
  private final boolean withdrawable;

  ApplicationStatus(String label, boolean withdrawable) {
    this.label = label;
    this.withdrawable = withdrawable;
  }

  public String label() {
    return label;
  }

  /** The applicant may withdraw at any time before expert evaluation. */
  public boolean isWithdrawable() {
    return withdrawable;
  }

  /** Whether the application no longer keeps its batch waiting: evaluated, or ended before evaluation. */
  public boolean isSettled() {
    return !withdrawable && this != EXPERT_EVALUATION;
  }
}
