package cn.szftu.studio.reassessment;

/** Where one re-assessment round stands. */
public enum ReassessmentStatus {
  ASSESSING("专家复核中"),
  RECTIFYING("限期整改中"),
  ASSESSING_RECTIFICATION("整改后专家复核中"),
  IN_REVOCATION("撤销程序中"),
  KEPT("保留"),
  REVOKED("已撤销"),
  NOT_REVOKED("决定不予撤销，保留"),
  ENDED_BY_REVOCATION("工作室已撤销，复核终止");

  private final String label;

  ReassessmentStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean open() {
    return this == ASSESSING || this == RECTIFYING || this == ASSESSING_RECTIFICATION || this == IN_REVOCATION;
  }
}
