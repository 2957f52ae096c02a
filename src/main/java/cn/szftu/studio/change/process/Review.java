package cn.szftu.studio.change.process;

import static cn.szftu.studio.change.StudioChangeProcess.*;

import cn.szftu.studio.change.ChangeOutcome;
import cn.szftu.studio.change.ChangeStatus;
import cn.szftu.studio.change.ChangeStep;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The review tasks of a change: what each may decide, the status it stands for and the variable it routes by. */
enum Review {
  UNION(UNION_REVIEW, ChangeStep.UNION_REVIEW, ChangeStatus.UNION_REVIEW, VAR_UNION_DECISION,
      List.of(ChangeOutcome.APPROVE, ChangeOutcome.RETURN, ChangeOutcome.REFUSE)),
  OFFICE(OFFICE_APPROVAL, ChangeStep.OFFICE_APPROVAL, ChangeStatus.OFFICE_REVIEW, VAR_OFFICE_DECISION,
      List.of(ChangeOutcome.APPROVE, ChangeOutcome.REFUSE)),
  LEADERSHIP(LEADERSHIP_APPROVAL, ChangeStep.LEADERSHIP_APPROVAL, ChangeStatus.LEADERSHIP_REVIEW,
      VAR_LEADERSHIP_DECISION, List.of(ChangeOutcome.APPROVE, ChangeOutcome.REFUSE)),
  MOVE_OUT(CONFIRM_MOVE_OUT, ChangeStep.MOVE_OUT_CONFIRMATION, ChangeStatus.MOVE_OUT_CONFIRMATION,
      VAR_MOVE_OUT_DECISION, List.of(ChangeOutcome.APPROVE, ChangeOutcome.REFUSE));

  final String taskDefinitionKey;
  final ChangeStep step;
  final ChangeStatus status;
  final String variable;
  final List<ChangeOutcome> outcomes;

  Review(String taskDefinitionKey, ChangeStep step, ChangeStatus status, String variable,
      List<ChangeOutcome> outcomes) {
    this.taskDefinitionKey = taskDefinitionKey;
    this.step = step;
    this.status = status;
    this.variable = variable;
    this.outcomes = outcomes;
  }

  static Optional<Review> of(String taskDefinitionKey) {
    return Stream.of(values()).filter(r -> r.taskDefinitionKey.equals(taskDefinitionKey)).findFirst();
  }
}
