package cn.szftu.studio.batch;

/** An application's outcome in its batch, from ranking to naming; every one but NAMED ends the application. */
public enum EntryOutcome {
  PROPOSED("拟命名"),
  OVER_UNION_QUOTA("超出推荐单位名额"),
  OVER_TOTAL_QUOTA("超出批次总名额"),
  BELOW_PASS_LINE("未达合格线"),
  VETOED("一票否决"),
  REMOVED_BY_LEADERSHIP("领导研究决定不予列入"),
  REMOVED_BY_OBJECTION("公示异议成立"),
  NAMED("已命名");

  private final String label;

  EntryOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
