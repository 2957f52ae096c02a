package cn.szftu.studio.organisation;

import java.util.List;

/** The tree file is refused as a whole; every problem found is listed so the file can be fixed in one go. */
public class InvalidOrganisationTreeException extends RuntimeException {

  private final List<String> problems;

  public InvalidOrganisationTreeException(String source, List<String> problems) {
    super("组织架构文件 " + source + " 有误，未作任何更改：\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
