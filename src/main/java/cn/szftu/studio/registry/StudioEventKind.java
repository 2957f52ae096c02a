package cn.szftu.studio.registry;

/** What happened to a studio; every event stays in its public history. */
public enum StudioEventKind {
  NAMED("命名"),
  CHANGED("变更"),
  REVOKED("撤销"),
  /** A periodic re-assessment's result: kept, sent to revocation, or not revoked after all. */
  REASSESSED("复核"),
  /** A re-assessment ordered rectification, and what the host unit did about it. */
  RECTIFICATION("限期整改");

  private final String label;

  StudioEventKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
