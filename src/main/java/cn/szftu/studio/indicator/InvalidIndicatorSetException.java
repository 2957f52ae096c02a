package cn.szftu.studio.indicator;

import java.util.List;

/** An indicator-set file is refused as a whole; every problem found is listed so it can be fixed in one go. */
public class InvalidIndicatorSetException extends RuntimeException {

  private final String summary;
  private final List<String> problems;

  public InvalidIndicatorSetException(String source, List<String> problems) {
    super(headline(source, problems) + "：\n  - " + String.join("\n  - ", problems));
    this.summary = headline(source, problems);
    this.problems = List.copyOf(problems);
  }

  private static String headline(String source, List<String> problems) {
    return "指标体系文件 " + source + " 有 " + problems.size() + " 处问题，未加载";
  }

  /** The headline without the list, for an API response that lists the problems separately. */
  public String summary() {
    return summary;
  }

  public List<String> problems() {
    return problems;
  }
}
