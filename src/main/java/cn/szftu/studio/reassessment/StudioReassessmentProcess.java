package cn.szftu.studio.reassessment;

import java.util.Set;

/**
 * Key, element ids, forms, messages and variable names of the periodic re-assessment process
 * (processes/studio-reassessment.bpmn). One instance per named studio, its naming number as business key.
 */
public final class StudioReassessmentProcess {

  public static final String KEY = "studio-reassessment";

  // elements
  public static final String START = "StartEvent_StudioNamed";
  public static final String SCHEDULE_REVIEW = "Task_ScheduleReview";
  public static final String AWAIT_REVIEW = "Gateway_AwaitReview";
  public static final String REVIEW_DUE = "Event_ReviewDue";
  public static final String REVOKED_WHILE_WAITING = "Event_RevokedWhileWaiting";
  public static final String OPEN_REASSESSMENT = "Task_OpenReassessment";
  public static final String ASSESSMENT = "CallActivity_Assessment";
  public static final String REVOKED_DURING_ASSESSMENT = "Event_RevokedDuringAssessment";
  public static final String DECIDE_OUTCOME = "Task_DecideOutcome";
  public static final String SUBMIT_RECTIFICATION_REPORT = "Task_SubmitRectificationReport";
  public static final String RECTIFICATION_DEADLINE = "Event_RectificationDeadline";
  public static final String REVOKED_DURING_RECTIFICATION = "Event_RevokedDuringRectification";
  public static final String RECORD_LAPSE = "Task_RecordReportLapsed";
  public static final String SECOND_ASSESSMENT = "CallActivity_SecondAssessment";
  public static final String REVOKED_DURING_SECOND_ASSESSMENT = "Event_RevokedDuringSecondAssessment";
  public static final String DECIDE_SECOND_OUTCOME = "Task_DecideSecondOutcome";
  public static final String REVOCATION = "CallActivity_Revocation";
  public static final String RECORD_REVOCATION_DECISION = "Task_RecordRevocationDecision";
  public static final String END_REVOKED_WHILE_WAITING = "EndEvent_RevokedWhileWaiting";
  public static final String END_REVOKED_DURING_ASSESSMENT = "EndEvent_RevokedDuringAssessment";
  public static final String END_REVOKED_DURING_RECTIFICATION = "EndEvent_RevokedDuringRectification";
  public static final String END_REVOKED_DURING_SECOND_ASSESSMENT = "EndEvent_RevokedDuringSecondAssessment";
  public static final String END_REVOKED_AFTER_REASSESSMENT = "EndEvent_RevokedAfterReassessment";

  // forms
  public static final String FORM_RECTIFICATION_REPORT = "rectificationReportForm";

  /**
   * Correlated by the revocation process (by business key, to every process of the studio) once the decision body
   * revoked the studio. Same name as {@code revocation.StudioRevocationProcess.MESSAGE_STUDIO_REVOKED}.
   */
  public static final String MESSAGE_STUDIO_REVOKED = "Message_StudioRevoked";

  /** The revocation process called on a failed re-assessment, and the ground it is called with. */
  public static final String REVOCATION_KEY = "studio-revocation";
  public static final String REVOCATION_GROUND = "FAILED_REASSESSMENT";

  // process variables: ids, dates the process waits for, and decisions
  public static final String VAR_STUDIO_ID = "studioId";
  public static final String VAR_APPLICATION_ID = "applicationId";
  public static final String VAR_REVIEW_DUE_AT = "reviewDueAt";
  public static final String VAR_REASSESSMENT_ID = "reassessmentId";
  public static final String VAR_EVALUATION_ID = "evaluationId";
  public static final String VAR_OUTCOME = "reassessmentOutcome";
  public static final String VAR_HOST_UNIT_GROUP = "hostUnitGroup";
  public static final String VAR_RECTIFICATION_DEADLINE = "rectificationDeadline";
  public static final String VAR_REVOKED = "revoked";

  /** Every variable the process keeps; a form that submits any other name is refused. */
  public static final Set<String> PROCESS_VARIABLES = Set.of(VAR_STUDIO_ID, VAR_APPLICATION_ID, VAR_REVIEW_DUE_AT,
      VAR_REASSESSMENT_ID, VAR_EVALUATION_ID, VAR_OUTCOME, VAR_HOST_UNIT_GROUP, VAR_RECTIFICATION_DEADLINE,
      VAR_REVOKED);

  // fields of the rectification report form
  public static final String FIELD_NAMING_NUMBER = "namingNumber";
  public static final String FIELD_STUDIO_NAME = "studioName";
  public static final String FIELD_HOST_UNIT_NAME = "hostUnitName";
  public static final String FIELD_FINDINGS = "findings";
  public static final String FIELD_DEADLINE = "deadlineText";
  public static final String FIELD_REPORT = "report";

  private StudioReassessmentProcess() {
  }
}
