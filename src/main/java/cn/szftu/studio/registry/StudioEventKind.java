package cn.szftu.studio.registry;

/** What happened to a studio; every event stays in its public history. */
public enum StudioEventKind {
  NAMED("命名"),
  CHANGED("变更"),
  REVOKED("撤销");

  private final String label;

  StudioEventKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
