package cn.szftu.studio.application.form;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A form submission the server refuses. It is a {@link BadUserRequestException}, so the REST API answers 400 and
 * Tasklist shows the message; thrown inside the engine's transaction, it leaves no instance, variable or row behind.
 */
public class InvalidSubmissionException extends BadUserRequestException {

  private final transient List<FieldProblem> problems;

  public InvalidSubmissionException(List<FieldProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  public InvalidSubmissionException(FieldProblem problem) {
    this(List.of(problem));
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  private static String describe(List<FieldProblem> problems) {
    if (problems.size() == 1) {
      return "提交未成功：" + problems.get(0);
    }
    return "提交未成功，共 " + problems.size() + " 处需要修改：" + IntStream.range(0, problems.size())
        .mapToObj(i -> (i + 1) + ". " + problems.get(i)).collect(Collectors.joining("；"));
  }
}
