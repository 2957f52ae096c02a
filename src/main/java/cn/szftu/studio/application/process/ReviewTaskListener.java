package cn.szftu.studio.application.process;

import static cn.szftu.studio.application.ApplicationProcess.*;

import cn.szftu.studio.DisplayDates;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.application.DecisionOutcome;
import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The reviewers' tasks: recommendation by the union (推荐 / 退回补正 / 不予推荐) and initial review by the city office
 * (通过 / 退回补正 / 不通过). Reasons are required for every outcome but the positive one.
 */
@Component("reviewTask")
public class ReviewTaskListener implements TaskListener {

  static final int MAX_REASONS = 2000;
  static final Set<String> FORM_FIELDS;

  static {
    Set<String> fields = new HashSet<>(CaseFields.KEYS);
    fields.add(FIELD_DECISION);
    fields.add(FIELD_REASONS);
    FORM_FIELDS = Set.copyOf(fields);
  }

  /** What each review task may decide, and which outcome sends the application back to the applicant. */
  private record Review(List<DecisionOutcome> outcomes, DecisionOutcome positive, String variable,
      ReturnedBy returnedBy) {
  }

  private static final Map<String, Review> REVIEWS = Map.of(
      RECOMMEND, new Review(List.of(DecisionOutcome.RECOMMEND, DecisionOutcome.RETURN, DecisionOutcome.REFUSE),
          DecisionOutcome.RECOMMEND, VAR_RECOMMENDATION, ReturnedBy.UNION),
      INITIAL_REVIEW, new Review(List.of(DecisionOutcome.PASS, DecisionOutcome.RETURN, DecisionOutcome.REJECT),
          DecisionOutcome.PASS, VAR_INITIAL_REVIEW, ReturnedBy.OFFICE));

  private final ApplicationService applications;
  private final CaseFields caseFields;
  private final CurrentActor actor;

  public ReviewTaskListener(ApplicationService applications, CaseFields caseFields, CurrentActor actor) {
    this.applications = applications;
    this.caseFields = caseFields;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    Review review = REVIEWS.get(task.getTaskDefinitionKey());
    if (review == null) {
      throw new IllegalStateException("no review defined for " + task.getTaskDefinitionKey());
    }
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      prepare(task);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      complete(task, review);
    }
  }

  private void prepare(DelegateTask task) {
    Map<String, Object> values = caseFields.of((Long) task.getVariable(VAR_APPLICATION_ID));
    task.setVariablesLocal(values);
  }

  private void complete(DelegateTask task, Review review) {
    Map<String, Object> submitted = SubmittedFields.of(task, FORM_FIELDS);
    DecisionOutcome outcome = outcome(submitted.get(FIELD_DECISION), review);
    String reasons = TaskFormInput.text(submitted, FIELD_REASONS, "审核意见说明", outcome != review.positive(),
        MAX_REASONS, "退回补正或不予推荐/不通过时必须说明理由");
    long applicationId = (Long) task.getVariable(VAR_APPLICATION_ID);
    String user = actor.userId(task);
    if (review.variable().equals(VAR_RECOMMENDATION)) {
      applications.recordRecommendation(applicationId, outcome, reasons, user);
    } else {
      applications.recordInitialReview(applicationId, outcome, reasons, user);
    }
    task.getExecution().setVariable(review.variable(), outcome.name());
    if (outcome == DecisionOutcome.RETURN) {
      task.getExecution().setVariable(VAR_RETURNED_BY, review.returnedBy().name());
      task.getExecution().setVariable(VAR_CORRECTION_REASONS, reasons);
    }
  }

  private static DecisionOutcome outcome(Object raw, Review review) {
    for (DecisionOutcome candidate : review.outcomes()) {
      if (candidate.name().equals(raw)) {
        return candidate;
      }
    }
    throw new InvalidSubmissionException(new FieldProblem(FIELD_DECISION, "审核意见", raw == null ? "请选择审核意见"
        : "“" + raw + "”不是可选的审核意见"));
  }

  static String formatDeadline(Date deadline) {
    return deadline == null ? "" : DisplayDates.lastDay(deadline.toInstant());
  }
}
