package cn.szftu.studio.expert;

import java.util.List;

/** An expert row the administrator sent with wrong values; lists every problem in Chinese. */
public class InvalidExpertException extends RuntimeException {

  private final List<String> problems;

  public InvalidExpertException(List<String> problems) {
    super("专家信息未保存：" + String.join("；", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
