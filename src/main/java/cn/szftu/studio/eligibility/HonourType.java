package cn.szftu.studio.eligibility;

/** Kinds of honour that can qualify a studio leader (领衔人). Which ones count is configured. */
public enum HonourType {
  MODEL_WORKER("劳动模范/先进工作者"),
  MAY_DAY_MEDAL("五一劳动奖章"),
  CRAFTSMAN("工匠（深圳工匠、南粤工匠等）"),
  SKILL_CHAMPION("技术能手"),
  SPECIAL_ALLOWANCE_EXPERT("享受政府特殊津贴专家"),
  OTHER("其他荣誉");

  private final String label;

  HonourType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
