package cn.szftu.studio.reassessment;

/** What a re-assessment decides for the studio (the reassessment-outcome DMN's output). */
public enum ReassessmentOutcome {
  KEEP("保留"),
  RECTIFY("限期整改"),
  REVOKE("撤销");

  private final String label;

  ReassessmentOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
