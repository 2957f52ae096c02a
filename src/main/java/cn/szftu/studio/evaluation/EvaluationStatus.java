package cn.szftu.studio.evaluation;

/** Where an evaluation stands; the city office sees these words in the process and on the application. */
public enum EvaluationStatus {
  DRAWING("抽取专家"),
  EXPERT_SHORTAGE("专家不足，待市总工会处理"),
  IN_PROGRESS("专家评审中"),
  DISAGREEMENT_REVIEW("专家意见分歧，待市总工会处理"),
  COMPLETED("评审完成"),
  CANCELLED("评审已终止");

  private final String label;

  EvaluationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the panel may still be working: not completed and not ended without a result. */
  public boolean running() {
    return this != COMPLETED && this != CANCELLED;
  }
}
