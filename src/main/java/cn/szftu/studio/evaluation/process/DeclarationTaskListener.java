package cn.szftu.studio.evaluation.process;

import cn.szftu.studio.application.process.TaskFormInput;

import cn.szftu.studio.application.process.CaseFields;

import static cn.szftu.studio.evaluation.ExpertEvaluationProcess.*;

import cn.szftu.studio.application.process.CurrentActor;
import cn.szftu.studio.application.process.SubmittedFields;
import cn.szftu.studio.evaluation.EvaluationService;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 利益冲突声明: the drawn expert declares no conflict of interest, or recuses with a reason. */
@Component("declarationTask")
public class DeclarationTaskListener implements TaskListener {

  static final Set<String> FORM_FIELDS;

  static {
    Set<String> fields = new HashSet<>(CaseFields.KEYS);
    fields.add(FIELD_DECLARATION);
    fields.add(FIELD_RECUSAL_REASON);
    fields.add(FIELD_REVIEW_BRIEF);
    FORM_FIELDS = Set.copyOf(fields);
  }

  private final EvaluationService evaluations;
  private final CaseFields caseFields;
  private final CurrentActor actor;
  private final ReviewBrief brief;

  public DeclarationTaskListener(EvaluationService evaluations, CaseFields caseFields, CurrentActor actor,
      ReviewBrief brief) {
    this.evaluations = evaluations;
    this.caseFields = caseFields;
    this.actor = actor;
    this.brief = brief;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      Map<String, Object> values = caseFields.of((Long) task.getVariable(VAR_APPLICATION_ID));
      values.put(FIELD_REVIEW_BRIEF, brief.of(evaluations.get(Seats.evaluationId(task))));
      task.setVariablesLocal(values);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      Map<String, Object> submitted = SubmittedFields.of(task, FORM_FIELDS, PROCESS_VARIABLES);
      Declaration declaration = TaskFormInput.choice(submitted, FIELD_DECLARATION, "利益冲突声明", Declaration.class);
      String reason = TaskFormInput.text(submitted, FIELD_RECUSAL_REASON, "回避理由", declaration == Declaration.RECUSE,
          TaskFormInput.MAX_REASONS, "申请回避时必须说明理由");
      evaluations.declare(Seats.evaluationId(task), Seats.of(task), actor.userId(task), declaration,
          declaration == Declaration.RECUSE ? reason : null);
      task.getExecution().setVariable(VAR_DECLARATION, declaration.name());
    }
  }
}
