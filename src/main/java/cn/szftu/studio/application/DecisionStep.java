package cn.szftu.studio.application;

/** The steps at which something is decided about an application (audit and status page). */
public enum DecisionStep {
  SUBMISSION("提交申报"),
  ELIGIBILITY("资格审查"),
  CORRECTION("补正申报材料"),
  RECOMMENDATION("推荐单位审核"),
  INITIAL_REVIEW("市总工会初审"),
  EXPERT_EVALUATION("专家评审"),
  OBJECTION("公示异议"),
  NAMING("命名决定"),
  WITHDRAWAL("撤回申报"),
  LAPSE("补正期限届满");

  private final String label;

  DecisionStep(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
