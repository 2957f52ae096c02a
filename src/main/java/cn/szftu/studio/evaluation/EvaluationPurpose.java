package cn.szftu.studio.evaluation;

/**
 * Why an evaluation is made. Naming evaluations decide applications (the application page and the batch ranking read
 * only these); a re-assessment scores a named studio again on the indicator set of its naming.
 */
public enum EvaluationPurpose {
  NAMING("命名评审"),
  REASSESSMENT("定期复核");

  private final String label;

  EvaluationPurpose(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
