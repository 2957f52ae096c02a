package cn.szftu.studio.evaluation;

import java.util.Set;

/** Key, element ids, forms and variable names of the expert-evaluation process (processes/expert-evaluation.bpmn). */
public final class ExpertEvaluationProcess {

  public static final String KEY = "expert-evaluation";

  // elements
  public static final String START = "StartEvent_EvaluationRequested";
  public static final String DRAW_PANEL = "Task_DrawPanel";
  public static final String GATEWAY_PANEL_COMPLETE = "Gateway_PanelComplete";
  public static final String RESOLVE_SHORTAGE = "Task_ResolveExpertShortage";
  public static final String EXPERT_REVIEW = "SubProcess_ExpertReview";
  public static final String DECLARE_CONFLICT = "Task_DeclareConflict";
  public static final String DRAW_REPLACEMENT = "Task_DrawReplacement";
  public static final String RESOLVE_REPLACEMENT_SHORTAGE = "Task_ResolveReplacementShortage";
  public static final String SCORE_APPLICATION = "Task_ScoreApplication";
  public static final String AGGREGATE = "Task_AggregateScores";
  public static final String REVIEW_DISAGREEMENT = "Task_ReviewDisagreement";
  public static final String END_COMPLETED = "EndEvent_EvaluationCompleted";

  // forms; the scoring form's key depends on the indicator-set version (ScoringForms)
  public static final String FORM_DECLARATION = "conflictDeclarationForm";
  public static final String FORM_SHORTAGE = "expertShortageForm";
  public static final String FORM_REPLACEMENT_SHORTAGE = "replacementShortageForm";
  public static final String FORM_DISAGREEMENT = "disagreementReviewForm";

  // process variables: ids and decisions only; scores live in the evaluation tables
  public static final String VAR_APPLICATION_ID = "applicationId";
  public static final String VAR_EVALUATION_ID = "evaluationId";
  public static final String VAR_SCORING_FORM = "scoringFormKey";
  public static final String VAR_PANEL_COMPLETE = "panelComplete";
  public static final String VAR_SHORTAGE_DECISION = "shortageDecision";
  public static final String VAR_PENDING_SEATS = "pendingSeats";
  public static final String VAR_SEAT = "seat";
  public static final String VAR_SEAT_EXPERT = "seatExpert";
  public static final String VAR_DECLARATION = "declaration";
  public static final String VAR_REPLACEMENT_FOUND = "replacementFound";
  public static final String VAR_REPLACEMENT_DECISION = "replacementDecision";
  public static final String VAR_DISAGREEMENT = "disagreement";
  public static final String VAR_DISAGREEMENT_DECISION = "disagreementDecision";
  public static final String VAR_EXCLUDED = "evaluationExcluded";
  /** Passed in by the caller: an {@link EvaluationPurpose} name; absent means NAMING (the application's call). */
  public static final String VAR_PURPOSE = "evaluationPurpose";

  /** Every variable the process keeps; a form that submits any other name is refused. */
  public static final Set<String> PROCESS_VARIABLES = Set.of(VAR_APPLICATION_ID, VAR_EVALUATION_ID, VAR_SCORING_FORM,
      VAR_PANEL_COMPLETE, VAR_SHORTAGE_DECISION, VAR_PENDING_SEATS, VAR_SEAT, VAR_SEAT_EXPERT, VAR_DECLARATION,
      VAR_REPLACEMENT_FOUND, VAR_REPLACEMENT_DECISION, VAR_DISAGREEMENT, VAR_DISAGREEMENT_DECISION, VAR_EXCLUDED,
      VAR_PURPOSE, "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances", "loopCounter");

  // form fields
  public static final String FIELD_APPLICATION_NUMBER = "applicationNumber";
  /** Read-only: what the evaluation is for (naming, or which re-assessment, with the rectification report). */
  public static final String FIELD_REVIEW_BRIEF = "reviewBrief";
  public static final String FIELD_DECLARATION = "declaration";
  public static final String FIELD_RECUSAL_REASON = "recusalReason";
  public static final String FIELD_COMMENT = "comment";
  public static final String FIELD_DECISION = "decision";
  public static final String FIELD_REASONS = "reasons";

  /** An expert's declaration before scoring. */
  public enum Declaration { NO_CONFLICT, RECUSE }

  /** The city office's answer when too few experts can be drawn for the panel. */
  public enum ShortageDecision { REDRAW, PROCEED }

  /** The city office's answer when nobody can replace a recused expert. */
  public enum ReplacementDecision { REDRAW, LEAVE_VACANT }

  /** The city office's answer to a disagreement among the experts. */
  public enum DisagreementDecision { ACCEPT, ADD_EXPERT }

  private ExpertEvaluationProcess() {
  }
}
