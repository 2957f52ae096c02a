package cn.szftu.studio.application.form;

/** Vocational skill level or professional title of a leader or team member. */
public enum SkillLevel {
  SENIOR_TECHNICIAN("高级技师"),
  TECHNICIAN("技师"),
  SENIOR_WORKER("高级工"),
  INTERMEDIATE_WORKER("中级工"),
  JUNIOR_WORKER("初级工"),
  FULL_SENIOR_TITLE("正高级职称"),
  DEPUTY_SENIOR_TITLE("副高级职称"),
  INTERMEDIATE_TITLE("中级职称"),
  JUNIOR_TITLE("初级职称"),
  NONE("无");

  private final String label;

  SkillLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
