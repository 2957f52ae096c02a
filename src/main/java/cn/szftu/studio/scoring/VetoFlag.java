package cn.szftu.studio.scoring;

/** Hard-fail (一票否决) flags an expert may raise on a score sheet; any one excludes the application. */
public enum VetoFlag {
  FALSE_MATERIAL("提供虚假材料"),
  SERIOUS_ACCIDENT("发生重大安全/质量事故"),
  DISHONESTY_LISTING("列入严重失信名单");

  private final String label;

  VetoFlag(String label) {
    this.label = label;
  }

  /** Chinese label shown to users. */
  public String label() {
    return label;
  }
}
