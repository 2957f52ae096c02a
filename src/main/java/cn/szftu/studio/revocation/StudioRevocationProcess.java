package cn.szftu.studio.revocation;

import java.util.Set;

/**
 * Key, element ids, forms, messages and variable names of the studio-revocation process
 * (processes/studio-revocation.bpmn). Business key: the studio's naming number.
 *
 * <p>Called from another process (call activity {@code calledElement="studio-revocation"}), it takes the in-variables
 * {@link #VAR_STUDIO_ID}, {@link #VAR_GROUND} and {@link #VAR_BASIS} instead of its start form and hands back
 * {@link #VAR_REVOKED}.
 */
public final class StudioRevocationProcess {

  public static final String KEY = "studio-revocation";

  // elements
  public static final String START = "StartEvent_RevocationStarted";
  public static final String NOTIFY_STUDIO = "Task_NotifyStudio";
  public static final String SUBMIT_DEFENCE = "Task_SubmitDefence";
  public static final String DEFENCE_LAPSED = "Event_DefenceLapsed";
  public static final String RECORD_DEFENCE_LAPSED = "Task_RecordDefenceLapsed";
  public static final String PREPARE_OPINION = "Task_PrepareOpinion";
  public static final String LEADERSHIP_DECISION = "Task_LeadershipDecision";
  public static final String GATEWAY_REVOKED = "Gateway_Revoked";
  public static final String REVOKE_STUDIO = "Task_RevokeStudio";
  public static final String END_OTHER_PROCESSES = "Task_EndOtherProcesses";
  public static final String RETURN_PLAQUE = "Task_ReturnPlaque";
  public static final String CONFIRM_PLAQUE_RETURNED = "Task_ConfirmPlaqueReturned";
  public static final String END_REVOKED = "EndEvent_Revoked";
  public static final String END_NOT_REVOKED = "EndEvent_NotRevoked";

  // forms
  public static final String FORM_START = "studioRevocationForm";
  public static final String FORM_DEFENCE = "revocationDefenceForm";
  public static final String FORM_OPINION = "revocationOpinionForm";
  public static final String FORM_DECISION = "revocationDecisionForm";
  public static final String FORM_PLAQUE_RETURN = "plaqueReturnForm";
  public static final String FORM_PLAQUE_RECEIPT = "plaqueReceiptForm";

  /**
   * Correlated by naming number (business key) to the studio's other running processes once the registry shows it
   * revoked; change, annual report and re-assessment end or stop waiting on it.
   */
  public static final String MESSAGE_STUDIO_REVOKED = "Message_StudioRevoked";

  // in-variables (call activity) and start-form fields
  public static final String VAR_STUDIO_ID = "studioId";
  public static final String VAR_GROUND = "revocationGround";
  public static final String VAR_BASIS = "revocationBasis";
  /** Start form only: the studio by its naming number (a caller passes {@link #VAR_STUDIO_ID}). */
  public static final String FIELD_NAMING_NUMBER = "namingNumber";

  // process variables: ids and decisions only
  public static final String VAR_REVOCATION_ID = "revocationId";
  public static final String VAR_DEFENCE_DUE_AT = "defenceDueAt";
  public static final String VAR_DEFENCE_OUTCOME = "defenceOutcome";
  public static final String VAR_OPINION = "revocationOpinion";
  public static final String VAR_DECISION = "revocationDecision";
  /** Out-variable: whether the decision body revoked the studio. */
  public static final String VAR_REVOKED = "revoked";

  public static final Set<String> PROCESS_VARIABLES = Set.of(VAR_STUDIO_ID, VAR_GROUND, VAR_REVOCATION_ID,
      VAR_DEFENCE_DUE_AT, VAR_DEFENCE_OUTCOME, VAR_OPINION, VAR_DECISION, VAR_REVOKED);

  // fields of the task forms
  public static final String FIELD_STUDIO = "studioSummary";
  public static final String FIELD_GROUND_LABEL = "groundLabel";
  public static final String FIELD_BASIS = "basisText";
  public static final String FIELD_DEFENCE_DUE = "defenceDue";
  public static final String FIELD_DEFENCE_CHOICE = "defenceChoice";
  public static final String FIELD_DEFENCE = "defence";
  public static final String FIELD_DEFENCE_SUMMARY = "defenceSummary";
  public static final String FIELD_OPINION = "opinion";
  public static final String FIELD_OPINION_REASONS = "opinionReasons";
  public static final String FIELD_OPINION_SUMMARY = "opinionSummary";
  public static final String FIELD_DECISION = "decision";
  public static final String FIELD_DECISION_NUMBER = "decisionNumber";
  public static final String FIELD_DECISION_DATE = "decisionDate";
  public static final String FIELD_DECISION_REASONS = "decisionReasons";
  public static final String FIELD_DECISION_SUMMARY = "decisionSummary";
  public static final String FIELD_PLAQUE_DUE = "plaqueDue";
  public static final String FIELD_PLAQUE_RETURNED = "plaqueReturned";
  public static final String FIELD_RETURN_SUMMARY = "returnSummary";
  public static final String FIELD_PLAQUE_RECEIVED = "plaqueReceived";
  public static final String FIELD_NOTE = "note";

  /** The host unit's answer to the notice. */
  public enum DefenceOutcome { SUBMITTED, WAIVED, LAPSED }

  /** What the host unit chooses in 提交申辩意见. */
  public enum DefenceChoice { SUBMIT, WAIVE }

  /** The city office's opinion for the decision body. */
  public enum Opinion { PROPOSE_REVOCATION, PROPOSE_RETENTION }

  /** The decision body's decision. */
  public enum Decision { REVOKE, NOT_REVOKE }

  private StudioRevocationProcess() {
  }
}
