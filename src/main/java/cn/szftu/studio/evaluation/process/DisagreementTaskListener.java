package cn.szftu.studio.evaluation.process;

import cn.szftu.studio.application.process.TaskFormInput;

import cn.szftu.studio.application.process.CaseFields;

import static cn.szftu.studio.evaluation.ExpertEvaluationProcess.*;

import cn.szftu.studio.application.process.SubmittedFields;
import cn.szftu.studio.evaluation.Evaluation;
import cn.szftu.studio.evaluation.EvaluationService;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 处理专家意见分歧: the experts' totals spread more than the threshold; accept the result, or add one expert. */
@Component("disagreementTask")
public class DisagreementTaskListener implements TaskListener {

  static final Set<String> FORM_FIELDS = OfficeDecisionForm.FIELDS;

  private final EvaluationService evaluations;
  private final CaseFields caseFields;

  public DisagreementTaskListener(EvaluationService evaluations, CaseFields caseFields) {
    this.evaluations = evaluations;
    this.caseFields = caseFields;
  }

  @Override
  public void notify(DelegateTask task) {
    long evaluationId = Seats.evaluationId(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      Evaluation evaluation = evaluations.get(evaluationId);
      OfficeDecisionForm.prepare(task, caseFields,
          "各专家总分最高与最低相差 " + plain(evaluation.getSpread()) + " 分，超过分歧阈值 "
          + plain(evaluation.getDisagreementThreshold()) + " 分；当前评审组得分 " + plain(evaluation.getPanelScore())
          + " 分（" + evaluations.members(evaluationId).stream().filter(m -> m.getSubmittedAt() != null).count()
          + " 名专家）。可接受评审结果，或增加一名专家后重新汇总。");
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      Map<String, Object> submitted = SubmittedFields.of(task, FORM_FIELDS, PROCESS_VARIABLES);
      DisagreementDecision decision = TaskFormInput.choice(submitted, FIELD_DECISION, "处理方式",
          DisagreementDecision.class);
      String reasons = TaskFormInput.text(submitted, FIELD_REASONS, "处理说明", true, TaskFormInput.MAX_REASONS,
          "请说明接受评审结果或增加专家的理由");
      evaluations.decideDisagreement(evaluationId, decision, reasons);
      task.getExecution().setVariable(VAR_DISAGREEMENT_DECISION, decision.name());
    }
  }

  private static String plain(BigDecimal value) {
    return value == null ? "—" : value.stripTrailingZeros().toPlainString();
  }
}
