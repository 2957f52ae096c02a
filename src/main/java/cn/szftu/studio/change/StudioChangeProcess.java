package cn.szftu.studio.change;

import java.util.Set;

/** Key, element ids, forms, messages and variable names of the studio-change process (processes/studio-change.bpmn). */
public final class StudioChangeProcess {

  public static final String KEY = "studio-change";

  // elements
  public static final String START = "StartEvent_ChangeRequested";
  public static final String REVIEW = "SubProcess_ChangeReview";
  public static final String UNION_REVIEW = "Task_UnionReview";
  public static final String CORRECT_CHANGE = "Task_CorrectChange";
  public static final String OFFICE_APPROVAL = "Task_OfficeApproval";
  public static final String LEADERSHIP_APPROVAL = "Task_LeadershipApproval";
  public static final String CONFIRM_MOVE_OUT = "Task_ConfirmMoveOut";
  public static final String APPLY_CHANGE = "Task_ApplyChange";
  public static final String END_APPLIED = "EndEvent_ChangeApplied";
  public static final String END_REFUSED_BY_UNION = "EndEvent_RefusedByUnion";
  public static final String END_REFUSED_BY_OFFICE = "EndEvent_RefusedByOffice";
  public static final String END_REFUSED_BY_LEADERSHIP = "EndEvent_RefusedByLeadership";
  public static final String END_WITHDRAWN = "EndEvent_Withdrawn";
  public static final String END_MOVE_OUT_CONFIRMED = "EndEvent_MoveOutConfirmed";
  public static final String END_MOVE_OUT_REFUSED = "EndEvent_MoveOutRefused";
  public static final String STUDIO_REVOKED_SUBPROCESS = "SubProcess_StudioRevoked";
  public static final String STUDIO_REVOKED_START = "StartEvent_StudioRevoked";
  public static final String END_STUDIO_REVOKED = "EndEvent_StudioRevoked";
  public static final String CALL_REVOCATION = "CallActivity_Revocation";
  public static final String END_REVOKED_AFTER_MOVE = "EndEvent_RevokedAfterMove";
  public static final String END_NOT_REVOKED = "EndEvent_NotRevoked";
  public static final String END_CLOSED = "EndEvent_ChangeClosed";
  public static final String END_ENDED_BY_REVOCATION = "EndEvent_EndedByRevocation";

  // forms
  public static final String FORM_START = "studioChangeForm";
  public static final String FORM_CORRECTION = "studioChangeCorrectionForm";
  public static final String FORM_UNION_REVIEW = "studioChangeUnionReviewForm";
  public static final String FORM_OFFICE_APPROVAL = "studioChangeOfficeApprovalForm";
  public static final String FORM_LEADERSHIP_APPROVAL = "studioChangeLeadershipApprovalForm";
  public static final String FORM_MOVE_OUT = "studioChangeMoveOutForm";

  /**
   * Correlated by the revocation process (by the naming number as business key) once a studio is revoked; the same
   * name as {@code revocation.StudioRevocationProcess.MESSAGE_STUDIO_REVOKED}.
   */
  public static final String MESSAGE_STUDIO_REVOKED = "Message_StudioRevoked";

  /** The revocation process called when a host unit moves out of Shenzhen, and its ground (revocation.RevocationGround). */
  public static final String REVOCATION_KEY = "studio-revocation";
  public static final String REVOCATION_GROUND_MOVED = "UNIT_CLOSED_OR_MOVED";

  // process variables: ids, routing and decisions only; the change itself lives in the studio_change table
  public static final String VAR_CHANGE_ID = "changeId";
  public static final String VAR_STUDIO_ID = "studioId";
  public static final String VAR_CHANGE_TYPE = "changeType";
  public static final String VAR_MOVES_OUT = "movesOutOfShenzhen";
  public static final String VAR_APPLICANT = "applicantUserId";
  public static final String VAR_HOST_UNIT_GROUP = "hostUnitGroup";
  public static final String VAR_UNION_GROUP = "unionGroup";
  public static final String VAR_UNION_DECISION = "unionDecision";
  public static final String VAR_OFFICE_DECISION = "officeDecision";
  public static final String VAR_LEADERSHIP_DECISION = "leadershipDecision";
  public static final String VAR_MOVE_OUT_DECISION = "moveOutDecision";
  public static final String VAR_CORRECTION_CHOICE = "correctionChoice";
  public static final String VAR_OUTCOME = "changeOutcome";
  /** In-variables of the revocation call activity (CONTRACTS) and its out-variable. */
  public static final String VAR_REVOCATION_GROUND = "revocationGround";
  public static final String VAR_REVOCATION_BASIS = "revocationBasis";
  public static final String VAR_REVOKED = "revoked";

  /** Every process variable the process itself keeps; any other name submitted with a task form is refused. */
  public static final Set<String> PROCESS_VARIABLES = Set.of(VAR_CHANGE_ID, VAR_STUDIO_ID, VAR_CHANGE_TYPE,
      VAR_MOVES_OUT, VAR_APPLICANT, VAR_HOST_UNIT_GROUP, VAR_UNION_GROUP, VAR_UNION_DECISION, VAR_OFFICE_DECISION,
      VAR_LEADERSHIP_DECISION, VAR_MOVE_OUT_DECISION, VAR_CORRECTION_CHOICE, VAR_OUTCOME, VAR_REVOCATION_GROUND,
      VAR_REVOCATION_BASIS, VAR_REVOKED);

  // fields of the review and correction forms besides the start form's
  public static final String FIELD_DECISION = "decision";
  public static final String FIELD_REASONS = "reasons";
  public static final String FIELD_STUDIO_NAME = "studioName";
  public static final String FIELD_LEADER_NAME = "leaderName";
  public static final String FIELD_HOST_UNIT_NAME = "hostUnitName";
  public static final String FIELD_UNION_NAME = "unionName";
  public static final String FIELD_CHANGE_TYPE_LABEL = "changeTypeLabel";
  public static final String FIELD_REQUESTED_CHANGE = "requestedChange";
  public static final String FIELD_CHANGE_REASONS = "changeReasons";
  public static final String FIELD_REVIEW_HISTORY = "reviewHistory";
  public static final String FIELD_CORRECTION_REASONS = "correctionReasons";
  public static final String FIELD_CORRECTION_CHOICE = "correctionChoice";

  /** How the review part ended, which decides whether revocation follows. */
  public enum Outcome { APPLIED, REFUSED, WITHDRAWN, MOVE_OUT_CONFIRMED, STUDIO_REVOKED }

  /** The applicant's choice in the correction task. */
  public enum CorrectionChoice { RESUBMIT, WITHDRAW }

  private StudioChangeProcess() {
  }
}
