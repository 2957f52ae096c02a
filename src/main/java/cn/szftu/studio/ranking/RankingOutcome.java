package cn.szftu.studio.ranking;

/** What the ranking decided for one candidate, with the label users see. */
public enum RankingOutcome {
  /** Ranked and within both the union's and the batch's quota. */
  PROPOSED("拟命名"),
  /** Ranked, but the recommending union's places were already taken by higher-ranked entries. */
  OVER_UNION_QUOTA("超出推荐单位名额"),
  /** Ranked and within the union's quota, but the batch's total places were already taken. */
  OVER_TOTAL_QUOTA("超出批次总名额"),
  /** Veto-free, but the panel score is below the pass line. */
  BELOW_PASS_LINE("未达合格线"),
  /** Excluded by a veto, whatever the score. */
  VETOED("一票否决");

  private final String label;

  RankingOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
