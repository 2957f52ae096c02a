package cn.szftu.studio.evaluation;

/** What a drawn expert has done on a panel seat. */
public enum MemberState {
  DRAWN("已抽取，待声明"),
  DECLARED("已声明无利益冲突，评分中"),
  RECUSED("已回避"),
  SUBMITTED("已提交评分"),
  VACATED("席位空缺");

  private final String label;

  MemberState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the member still holds the seat (a recused or vacated one does not). */
  public boolean holdsSeat() {
    return this == DRAWN || this == DECLARED || this == SUBMITTED;
  }
}
