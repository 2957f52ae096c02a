package cn.szftu.studio.organisation;

/** Kinds of recommending union named by the standard (SPEC §2). */
public enum UnionCategory {
  DISTRICT("区总工会"),
  INDUSTRY("产业工会"),
  ORGANS("市直机关事业单位工会"),
  DIRECT("直属工会");

  private final String label;

  UnionCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
