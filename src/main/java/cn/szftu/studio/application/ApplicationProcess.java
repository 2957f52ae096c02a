package cn.szftu.studio.application;

import java.util.Set;

/** Key, element ids, messages and variable names of the studio-application process (processes/studio-application.bpmn). */
public final class ApplicationProcess {

  public static final String KEY = "studio-application";

  // elements
  public static final String START = "StartEvent_ApplicationSubmitted";
  public static final String SUBPROCESS = "SubProcess_BeforeEvaluation";
  public static final String CHECK_ELIGIBILITY = "Task_CheckEligibility";
  public static final String GATEWAY_ELIGIBLE = "Gateway_Eligible";
  public static final String GATEWAY_TO_CORRECTION = "Gateway_ToCorrection";
  public static final String CORRECT_APPLICATION = "Task_CorrectApplication";
  public static final String CORRECTION_LAPSED = "Event_CorrectionLapsed";
  public static final String RECOMMEND = "Task_RecommendApplication";
  public static final String INITIAL_REVIEW = "Task_InitialReview";
  public static final String END_PASSED = "EndEvent_PreliminaryPassed";
  public static final String END_NOT_RECOMMENDED_INNER = "EndEvent_PreliminaryNotRecommended";
  public static final String END_REJECTED_INNER = "EndEvent_PreliminaryRejected";
  public static final String END_WITHDRAWN_INNER = "EndEvent_PreliminaryWithdrawn";
  public static final String END_LAPSED_INNER = "EndEvent_PreliminaryLapsed";
  public static final String WITHDRAWAL_REQUESTED = "Event_WithdrawalRequested";
  public static final String EXPERT_EVALUATION = "CallActivity_ExpertEvaluation";
  public static final String AWAIT_NAMING_DECISION = "Task_AwaitNamingDecision";
  public static final String END_NAMED = "EndEvent_Named";
  public static final String END_NOT_NAMED = "EndEvent_NotNamed";
  public static final String VERIFY_OBJECTION = "Task_VerifyObjection";
  public static final String CONCLUDE_OBJECTION = "Task_ConcludeObjection";
  public static final String END_NOT_RECOMMENDED = "EndEvent_NotRecommended";
  public static final String END_REJECTED = "EndEvent_Rejected";
  public static final String END_WITHDRAWN = "EndEvent_Withdrawn";
  public static final String END_LAPSED = "EndEvent_Lapsed";

  // forms
  public static final String FORM_START = "studioApplicationForm";
  public static final String FORM_CORRECTION = "studioApplicationCorrectionForm";
  public static final String FORM_RECOMMENDATION = "recommendationForm";
  public static final String FORM_INITIAL_REVIEW = "initialReviewForm";
  public static final String FORM_OBJECTION_VERIFICATION = "objectionVerificationForm";
  public static final String FORM_OBJECTION_CONCLUSION = "objectionConclusionForm";

  // messages
  public static final String MESSAGE_WITHDRAW = "Message_WithdrawApplication";
  public static final String MESSAGE_NAMING_DECIDED = "Message_NamingDecided";
  public static final String MESSAGE_OBJECTION_LODGED = "Message_ObjectionLodged";

  // process variables: ids, routing and decisions only; the application itself lives in the application table
  public static final String VAR_APPLICATION_ID = "applicationId";
  public static final String VAR_APPLICANT = "applicantUserId";
  public static final String VAR_HOST_UNIT_GROUP = "hostUnitGroup";
  public static final String VAR_UNION_GROUP = "recommendingUnionGroup";
  public static final String VAR_ELIGIBLE = "eligible";
  public static final String VAR_RETURNED_BY = "returnedBy";
  public static final String VAR_CORRECTION_REASONS = "correctionReasons";
  public static final String VAR_CORRECTION_DEADLINE = "correctionDeadline";
  public static final String VAR_RECOMMENDATION = "recommendationDecision";
  public static final String VAR_INITIAL_REVIEW = "initialReviewDecision";
  public static final String VAR_CORRECTION_CHOICE = "correctionChoice";
  public static final String VAR_PRELIMINARY_OUTCOME = "preliminaryOutcome";
  /** Returned by the expert-evaluation call activity. */
  public static final String VAR_EVALUATION_ID = "evaluationId";
  public static final String VAR_EVALUATION_EXCLUDED = "evaluationExcluded";
  /** Local to each objection's investigation (event subprocess). */
  public static final String VAR_OBJECTION_ID = "objectionId";
  /** Set by the batch when it names: NAMED, or the entry's outcome. */
  public static final String VAR_NAMING_OUTCOME = "namingOutcome";

  /** Every process variable the process itself keeps; any other name submitted with a form is refused. */
  public static final Set<String> PROCESS_VARIABLES = Set.of(VAR_APPLICATION_ID, VAR_APPLICANT, VAR_HOST_UNIT_GROUP,
      VAR_UNION_GROUP, VAR_ELIGIBLE, VAR_RETURNED_BY, VAR_CORRECTION_REASONS, VAR_CORRECTION_DEADLINE,
      VAR_RECOMMENDATION, VAR_INITIAL_REVIEW, VAR_CORRECTION_CHOICE, VAR_PRELIMINARY_OUTCOME, VAR_EVALUATION_ID,
      VAR_EVALUATION_EXCLUDED, VAR_OBJECTION_ID, VAR_NAMING_OUTCOME);

  // task form fields besides the application fields
  public static final String FIELD_DECISION = "decision";
  public static final String FIELD_REASONS = "reasons";
  public static final String FIELD_CORRECTION_CHOICE = "correctionChoice";
  public static final String FIELD_CORRECTION_REASONS = "correctionReasons";
  public static final String FIELD_CORRECTION_DEADLINE = "correctionDeadlineText";
  public static final String FIELD_APPLICATION_NUMBER = "applicationNumber";

  /** Who sent the application back for correction, which decides where a corrected application resumes. */
  public enum ReturnedBy { ELIGIBILITY, UNION, OFFICE }

  /** The applicant's choice in the correction task. */
  public enum CorrectionChoice { RESUBMIT, WITHDRAW }

  /** How the part before expert evaluation ended. */
  public enum PreliminaryOutcome { PASSED, NOT_RECOMMENDED, REJECTED, WITHDRAWN, LAPSED }

  private ApplicationProcess() {
  }
}
