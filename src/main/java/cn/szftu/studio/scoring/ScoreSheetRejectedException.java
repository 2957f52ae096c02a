package cn.szftu.studio.scoring;

import java.util.List;

/** Thrown when the score sheets cannot be scored; lists every problem found, in Chinese. */
public class ScoreSheetRejectedException extends RuntimeException {

  private final List<String> problems;

  public ScoreSheetRejectedException(List<String> problems) {
    super("评分表未通过校验：\n- " + String.join("\n- ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
