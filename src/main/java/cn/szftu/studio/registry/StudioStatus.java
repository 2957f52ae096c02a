package cn.szftu.studio.registry;

/** A studio's standing in the registry, as the public registry shows it. */
public enum StudioStatus {
  NAMED("已命名"),
  REVOKED("已撤销"),
  /** Still named, under a rectification deadline set by a re-assessment. */
  RECTIFYING("限期整改中");

  private final String label;

  StudioStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Still in the registry as a named studio (also while rectifying): it may be changed, reported on, revoked. */
  public boolean isStanding() {
    return this != REVOKED;
  }
}
