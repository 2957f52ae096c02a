package cn.szftu.studio.application;

/** What a step decided. Reviewers choose among RECOMMEND/RETURN/REFUSE or PASS/RETURN/REJECT in their forms. */
public enum DecisionOutcome {
  SUBMITTED("已提交"),
  ELIGIBLE("符合申报条件"),
  INELIGIBLE("不符合申报条件"),
  RESUBMITTED("已补正并重新提交"),
  RECOMMEND("推荐"),
  RETURN("退回补正"),
  REFUSE("不予推荐"),
  PASS("通过"),
  REJECT("不通过"),
  EVALUATED("评审完成"),
  OBJECTION_SUBSTANTIATED("异议成立"),
  OBJECTION_REJECTED("异议不成立"),
  NAMED("予以命名"),
  NOT_NAMED("未予命名"),
  WITHDRAWN("已撤回"),
  LAPSED("逾期未补正");

  private final String label;

  DecisionOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
