package cn.szftu.studio.change;

/** What a change request changes (变更类型). */
public enum ChangeType {
  LEADER("负责人变更"),
  NAME("名称变更"),
  HOST_UNIT("依托单位变更");

  private final String label;

  ChangeType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
