package cn.szftu.studio.evaluation.process;

import cn.szftu.studio.application.process.TaskFormInput;

import cn.szftu.studio.application.process.CaseFields;

import static cn.szftu.studio.evaluation.ExpertEvaluationProcess.*;

import cn.szftu.studio.application.process.SubmittedFields;
import cn.szftu.studio.evaluation.Evaluation;
import cn.szftu.studio.evaluation.EvaluationService;
import cn.szftu.studio.evaluation.PanelFill;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 处理专家不足: fewer experts without a conflict exist than the panel needs. The city office extends the pool and draws
 * again, or continues with the experts drawn (not below the minimum panel size).
 */
@Component("shortageTask")
public class ShortageTaskListener implements TaskListener {

  static final Set<String> FORM_FIELDS = OfficeDecisionForm.FIELDS;

  private final EvaluationService evaluations;
  private final CaseFields caseFields;

  public ShortageTaskListener(EvaluationService evaluations, CaseFields caseFields) {
    this.evaluations = evaluations;
    this.caseFields = caseFields;
  }

  @Override
  public void notify(DelegateTask task) {
    long evaluationId = Seats.evaluationId(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      Evaluation evaluation = evaluations.get(evaluationId);
      long held = evaluations.members(evaluationId).stream().filter(m -> m.getState().holdsSeat()).count();
      OfficeDecisionForm.prepare(task, caseFields,
          "本次评审需要 " + evaluation.getPanelSize() + " 名专家，按回避规定仅能抽取到 " + held
          + " 名。可在专家库中补充专家后重新抽取，或以已抽取的专家继续评审。");
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      Map<String, Object> submitted = SubmittedFields.of(task, FORM_FIELDS, PROCESS_VARIABLES);
      ShortageDecision decision = TaskFormInput.choice(submitted, FIELD_DECISION, "处理方式", ShortageDecision.class);
      TaskFormInput.text(submitted, FIELD_REASONS, "处理说明", false, TaskFormInput.MAX_REASONS, null);
      if (decision == ShortageDecision.PROCEED) {
        PanelFill fill = evaluations.proceedWithFewer(evaluationId);
        task.getExecution().setVariable(VAR_PANEL_COMPLETE, fill.complete());
        task.getExecution().setVariable(VAR_PENDING_SEATS, new ArrayList<>(fill.pendingSeats()));
      }
      task.getExecution().setVariable(VAR_SHORTAGE_DECISION, decision.name());
    }
  }
}
