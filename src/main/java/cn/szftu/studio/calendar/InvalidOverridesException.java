package cn.szftu.studio.calendar;

import java.util.List;
import java.util.stream.Collectors;

/** Override data that was refused; carries every problem found, not just the first. */
public class InvalidOverridesException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidOverridesException(List<FieldProblem> problems) {
    super(problems.stream().map(FieldProblem::message).collect(Collectors.joining("；")));
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> getProblems() {
    return problems;
  }
}
