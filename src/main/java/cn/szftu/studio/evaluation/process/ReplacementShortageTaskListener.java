package cn.szftu.studio.evaluation.process;

import cn.szftu.studio.application.process.TaskFormInput;

import cn.szftu.studio.application.process.CaseFields;

import static cn.szftu.studio.evaluation.ExpertEvaluationProcess.*;

import cn.szftu.studio.application.process.SubmittedFields;
import cn.szftu.studio.evaluation.EvaluationService;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 处理无可替补专家: an expert recused and nobody eligible is left. The city office extends the pool and draws again,
 * or leaves the seat empty (not below the minimum panel size).
 */
@Component("replacementShortageTask")
public class ReplacementShortageTaskListener implements TaskListener {

  static final Set<String> FORM_FIELDS = OfficeDecisionForm.FIELDS;

  private final EvaluationService evaluations;
  private final CaseFields caseFields;

  public ReplacementShortageTaskListener(EvaluationService evaluations, CaseFields caseFields) {
    this.evaluations = evaluations;
    this.caseFields = caseFields;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      OfficeDecisionForm.prepare(task, caseFields,
          "第 " + Seats.of(task) + " 席专家已申请回避，专家库中已没有符合回避规定的替补专家。"
          + "可在专家库中补充专家后重新抽取替补，或让此席空缺（评审组不得少于规定人数）。");
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      Map<String, Object> submitted = SubmittedFields.of(task, FORM_FIELDS, PROCESS_VARIABLES);
      ReplacementDecision decision = TaskFormInput.choice(submitted, FIELD_DECISION, "处理方式",
          ReplacementDecision.class);
      TaskFormInput.text(submitted, FIELD_REASONS, "处理说明", false, TaskFormInput.MAX_REASONS, null);
      if (decision == ReplacementDecision.LEAVE_VACANT) {
        evaluations.leaveVacant(Seats.evaluationId(task), Seats.of(task));
      }
      task.getExecution().setVariable(VAR_REPLACEMENT_DECISION, decision.name());
    }
  }
}
