package cn.szftu.studio.revocation;

/** Where a revocation case stands. Only one case per studio may be in progress. */
public enum RevocationStatus {
  IN_PROGRESS("撤销程序进行中"),
  REVOKED("已撤销"),
  NOT_REVOKED("不予撤销");

  private final String label;

  RevocationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
