package cn.szftu.studio.revocation;

import java.util.Set;

/**
 * Key, element ids, forms and variable names of the batch-revocation process (processes/batch-revocation.bpmn):
 * one decision of the decision body revokes every studio of a naming batch. Business key: the batch code.
 */
public final class BatchRevocationProcess {

  public static final String KEY = "batch-revocation";

  // elements
  public static final String START = "StartEvent_BatchRevocationStarted";
  public static final String LEADERSHIP_DECISION = "Task_BatchLeadershipDecision";
  public static final String GATEWAY_REVOKED = "Gateway_BatchRevoked";
  public static final String REVOKE_EACH_STUDIO = "SubProcess_RevokeEachStudio";
  public static final String REVOKE_STUDIO = StudioRevocationProcess.REVOKE_STUDIO;
  public static final String END_OTHER_PROCESSES = StudioRevocationProcess.END_OTHER_PROCESSES;
  public static final String RETURN_PLAQUE = StudioRevocationProcess.RETURN_PLAQUE;
  public static final String CONFIRM_PLAQUE_RETURNED = StudioRevocationProcess.CONFIRM_PLAQUE_RETURNED;
  public static final String END_STUDIO_REVOKED = "EndEvent_StudioRevoked";
  public static final String END_REVOKED = "EndEvent_BatchRevoked";
  public static final String END_NOT_REVOKED = "EndEvent_BatchNotRevoked";

  // forms
  public static final String FORM_START = "batchRevocationForm";
  public static final String FORM_DECISION = "batchRevocationDecisionForm";

  // start-form fields
  public static final String FIELD_BATCH_CODE = "batchCode";
  public static final String FIELD_GROUND = StudioRevocationProcess.VAR_GROUND;
  public static final String FIELD_BASIS = StudioRevocationProcess.VAR_BASIS;

  // process variables: ids and decisions only
  public static final String VAR_BATCH_REVOCATION_ID = "batchRevocationId";
  public static final String VAR_GROUND = StudioRevocationProcess.VAR_GROUND;
  public static final String VAR_DECISION = StudioRevocationProcess.VAR_DECISION;
  public static final String VAR_REVOKED = StudioRevocationProcess.VAR_REVOKED;
  /** Element variable of the multi-instance: one studio's revocation case. */
  public static final String VAR_REVOCATION_ID = StudioRevocationProcess.VAR_REVOCATION_ID;

  public static final Set<String> PROCESS_VARIABLES = Set.of(VAR_BATCH_REVOCATION_ID, VAR_GROUND, VAR_DECISION,
      VAR_REVOKED, VAR_REVOCATION_ID, "loopCounter", "nrOfInstances", "nrOfActiveInstances",
      "nrOfCompletedInstances");

  // fields of the decision form
  public static final String FIELD_BATCH = "batchSummary";
  public static final String FIELD_STUDIOS = "studioList";

  private BatchRevocationProcess() {
  }
}
