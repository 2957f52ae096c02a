package cn.szftu.studio.evaluation.process;

import cn.szftu.studio.application.process.TaskFormInput;

import cn.szftu.studio.application.process.CaseFields;

import static cn.szftu.studio.evaluation.ExpertEvaluationProcess.*;

import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.application.process.CurrentActor;
import cn.szftu.studio.application.process.SubmittedFields;
import cn.szftu.studio.evaluation.EvaluationService;
import cn.szftu.studio.evaluation.form.ScoringFormFields;
import cn.szftu.studio.evaluation.form.ScoringFormGenerator;
import cn.szftu.studio.scoring.ItemScore;
import cn.szftu.studio.scoring.PanelScoring;
import cn.szftu.studio.scoring.ScoreSheet;
import cn.szftu.studio.scoring.ScoreSheetRejectedException;
import cn.szftu.studio.scoring.ScoringItem;
import cn.szftu.studio.scoring.ScoringStructure;
import cn.szftu.studio.scoring.Veto;
import cn.szftu.studio.scoring.VetoFlag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 专家评分: the form's fields are those of the evaluation's indicator version. On completion the sheet is checked
 * item by item by the scoring component and stored; a refused sheet changes nothing.
 */
@Component("scoringTask")
public class ScoringTaskListener implements TaskListener {

  private final EvaluationService evaluations;
  private final PanelScoring scoring;
  private final CaseFields caseFields;
  private final CurrentActor actor;
  private final ReviewBrief brief;

  public ScoringTaskListener(EvaluationService evaluations, PanelScoring scoring, CaseFields caseFields,
      CurrentActor actor, ReviewBrief brief) {
    this.evaluations = evaluations;
    this.scoring = scoring;
    this.caseFields = caseFields;
    this.actor = actor;
    this.brief = brief;
  }

  @Override
  public void notify(DelegateTask task) {
    long evaluationId = Seats.evaluationId(task);
    ScoringStructure structure = evaluations.structure(evaluations.get(evaluationId));
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      Map<String, Object> values = caseFields.of((Long) task.getVariable(VAR_APPLICATION_ID));
      values.put(FIELD_REVIEW_BRIEF, brief.of(evaluations.get(evaluationId)));
      task.setVariablesLocal(values);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      Map<String, Object> submitted = SubmittedFields.of(task, formFields(structure), PROCESS_VARIABLES);
      List<FieldProblem> problems = new ArrayList<>();
      ScoreSheet sheet = sheet(structure, submitted, actor.userId(task), problems);
      // The scoring rules report every item at once, together with the form's own problems.
      scoring.validate(structure, List.of(sheet)).forEach(p -> problems.add(itemProblem(p)));
      if (!problems.isEmpty()) {
        throw new InvalidSubmissionException(problems);
      }
      try {
        evaluations.submit(evaluationId, Seats.of(task), sheet);
      } catch (ScoreSheetRejectedException e) {
        throw new InvalidSubmissionException(e.problems().stream().map(ScoringTaskListener::itemProblem).toList());
      }
    }
  }

  static Set<String> formFields(ScoringStructure structure) {
    Set<String> fields = new HashSet<>(CaseFields.KEYS);
    fields.add(FIELD_REVIEW_BRIEF);
    structure.items().forEach(item -> fields.add(ScoringFormFields.scoreKey(item.id())));
    fields.add(FIELD_COMMENT);
    for (VetoFlag flag : VetoFlag.values()) {
      fields.add(ScoringFormFields.vetoKey(flag));
      fields.add(ScoringFormFields.vetoFactsKey(flag));
    }
    return fields;
  }

  /** A problem of the scoring rules, which name the item; the expert prefix is dropped (it is the submitter). */
  private static FieldProblem itemProblem(String problem) {
    return new FieldProblem("scores", "评分", problem.substring(problem.indexOf('：') + 1));
  }

  /** The submitted sheet; values of the wrong type are left out (reported as unscored too) and noted in problems. */
  private static ScoreSheet sheet(ScoringStructure structure, Map<String, Object> submitted, String expertId,
      List<FieldProblem> problems) {
    List<ItemScore> scores = new ArrayList<>();
    for (ScoringItem item : structure.items()) {
      String key = ScoringFormFields.scoreKey(item.id());
      Object raw = submitted.get(key);
      if (raw == null || raw instanceof Number) {
        scores.add(new ItemScore(item.id(), raw == null ? null : new BigDecimal(raw.toString())));
      } else {
        problems.add(new FieldProblem(key, item.label(), "应为数字"));
        scores.add(new ItemScore(item.id(), BigDecimal.ZERO));
      }
    }
    String comment = null;
    try {
      comment = TaskFormInput.text(submitted, FIELD_COMMENT, "评审意见", true, ScoringFormGenerator.MAX_COMMENT,
          "请填写评审意见");
    } catch (InvalidSubmissionException e) {
      problems.addAll(e.problems());
    }
    List<Veto> vetoes = new ArrayList<>();
    for (VetoFlag flag : VetoFlag.values()) {
      Object raised = submitted.get(ScoringFormFields.vetoKey(flag));
      if (raised != null && !(raised instanceof Boolean)) {
        problems.add(new FieldProblem(ScoringFormFields.vetoKey(flag), flag.label(), "应为是或否"));
        continue;
      }
      if (Boolean.TRUE.equals(raised)) {
        try {
          vetoes.add(new Veto(flag, TaskFormInput.text(submitted, ScoringFormFields.vetoFactsKey(flag),
              "“" + flag.label() + "”的事实", true, ScoringFormGenerator.MAX_VETO_FACTS,
              "提出一票否决时必须写明事实")));
        } catch (InvalidSubmissionException e) {
          problems.addAll(e.problems());
        }
      }
    }
    return new ScoreSheet(expertId, scores, comment, vetoes);
  }
}
