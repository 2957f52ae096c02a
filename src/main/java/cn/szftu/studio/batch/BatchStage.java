package cn.szftu.studio.batch;

/** Where a naming batch stands. */
public enum BatchStage {
  OPEN("申报中"),
  AWAITING_EVALUATIONS("等待评审完成"),
  AWAITING_CONFIRMATION("待市总工会确认拟命名名单"),
  AWAITING_DECISION("待领导研究决定"),
  ON_NOTICE("公示中"),
  AWAITING_INVESTIGATIONS("等待异议核查完成"),
  AWAITING_NAMING("待发布命名决定"),
  NAMED("已命名");

  private final String label;

  BatchStage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
