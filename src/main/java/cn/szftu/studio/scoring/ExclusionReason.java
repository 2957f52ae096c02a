package cn.szftu.studio.scoring;

/** Why an application is excluded: a veto flag raised by one expert, with its facts. */
public record ExclusionReason(String expertId, VetoFlag flag, String facts) {

  /** e.g. {@code 专家 E1：提供虚假材料（营业执照复印件与原件不符）}. */
  public String describe() {
    String text = "专家 " + expertId + "：" + flag.label();
    return facts == null || facts.isBlank() ? text : text + "（" + facts + "）";
  }
}
