package cn.szftu.studio.change.process;

import static cn.szftu.studio.change.StudioChangeProcess.*;

import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.application.process.CurrentActor;
import cn.szftu.studio.application.process.TaskFormInput;
import cn.szftu.studio.change.ChangeOutcome;
import cn.szftu.studio.change.StudioChangeService;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The review tasks of a change: 推荐单位审核 (同意 / 退回补正 / 不同意), 市总工会审批 and 主席会议审批 (批准 / 不批准),
 * 确认迁出 (确认 / 不予确认). The form shows the studio and the requested change; reasons are required for every
 * decision but approval.
 */
@Component("studioChangeReviewTask")
public class ChangeReviewTaskListener implements TaskListener {

  static final Set<String> FORM_FIELDS;

  static {
    Set<String> fields = new HashSet<>(ChangeTaskFields.KEYS);
    fields.add(FIELD_DECISION);
    fields.add(FIELD_REASONS);
    FORM_FIELDS = Set.copyOf(fields);
  }

  private final StudioChangeService changes;
  private final ChangeTaskFields taskFields;
  private final CurrentActor actor;

  public ChangeReviewTaskListener(StudioChangeService changes, ChangeTaskFields taskFields, CurrentActor actor) {
    this.changes = changes;
    this.taskFields = taskFields;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    Review review = Review.of(task.getTaskDefinitionKey()).orElseThrow(
        () -> new IllegalStateException("no review defined for " + task.getTaskDefinitionKey()));
    long changeId = TaskForms.changeId(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      changes.enterStep(changeId, review.status);
      Map<String, Object> values = taskFields.of(changeId);
      TaskForms.prepare(task, values);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      Map<String, Object> submitted = TaskForms.submitted(task, FORM_FIELDS);
      ChangeOutcome outcome = outcome(submitted.get(FIELD_DECISION), review);
      String reasons = TaskFormInput.text(submitted, FIELD_REASONS, "意见说明", outcome != ChangeOutcome.APPROVE,
          TaskFormInput.MAX_REASONS, "选择“" + outcome.label(review.step) + "”时必须说明理由");
      changes.decide(changeId, review.step, outcome, reasons, actor.userId(task));
      task.getExecution().setVariable(review.variable, outcome.name());
    }
  }

  private static ChangeOutcome outcome(Object raw, Review review) {
    for (ChangeOutcome candidate : review.outcomes) {
      if (candidate.name().equals(raw)) {
        return candidate;
      }
    }
    String choices = review.outcomes.stream().map(o -> "“" + o.label(review.step) + "”")
        .collect(Collectors.joining("、"));
    throw new InvalidSubmissionException(new FieldProblem(FIELD_DECISION, "审核意见", raw == null
        ? "请选择审核意见（" + choices + "）" : "“" + raw + "”不是可选的审核意见（可选：" + choices + "）"));
  }
}
