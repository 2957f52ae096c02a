package cn.szftu.studio.batch;

import java.util.Set;

/** Key, element ids, forms, messages and variable names of the naming-batch process (processes/naming-batch.bpmn). */
public final class NamingBatchProcess {

  public static final String KEY = "naming-batch";

  // elements
  public static final String START = "StartEvent_BatchOpened";
  public static final String WINDOW_CLOSED = "Event_WindowClosed";
  public static final String CHECK_SETTLEMENT = "Task_CheckSettlement";
  public static final String AWAIT_SETTLEMENT = "Task_AwaitSettlement";
  public static final String RANK = "Task_RankApplications";
  public static final String CONFIRM_PROPOSAL = "Task_ConfirmProposal";
  public static final String LEADERSHIP_DECISION = "Task_LeadershipDecision";
  public static final String PUBLISH_NOTICE = "Task_PublishNotice";
  public static final String NOTICE_ENDED = "Event_NoticeEnded";
  public static final String CHECK_INVESTIGATIONS = "Task_CheckInvestigations";
  public static final String AWAIT_INVESTIGATIONS = "Task_AwaitInvestigations";
  public static final String ENTER_NAMING_DECISION = "Task_EnterNamingDecision";
  public static final String NAME_STUDIOS = "Task_NameStudios";
  public static final String END_NAMED = "EndEvent_BatchNamed";

  // forms
  public static final String FORM_START = "namingBatchForm";
  public static final String FORM_CONFIRMATION = "proposalConfirmationForm";
  public static final String FORM_LEADERSHIP = "leadershipDecisionForm";
  public static final String FORM_NAMING = "namingDecisionForm";

  // messages, correlated by the batch code as business key
  public static final String MESSAGE_APPLICATION_SETTLED = "Message_ApplicationSettled";
  public static final String MESSAGE_OBJECTION_CONCLUDED = "Message_ObjectionConcluded";

  // process variables
  public static final String VAR_BATCH_CODE = "batchCode";
  public static final String VAR_WINDOW_CLOSES_AT = "windowClosesAt";
  public static final String VAR_ALL_SETTLED = "allSettled";
  public static final String VAR_NOTICE_ENDS_AT = "noticeEndsAt";
  public static final String VAR_INVESTIGATIONS_DONE = "investigationsDone";
  public static final String VAR_LEADERSHIP_DECISION = "leadershipDecision";
  public static final String VAR_DECISION_NUMBER = "decisionNumber";
  public static final String VAR_DECISION_DATE = "decisionDate";

  public static final Set<String> PROCESS_VARIABLES = Set.of(VAR_BATCH_CODE, VAR_WINDOW_CLOSES_AT, VAR_ALL_SETTLED,
      VAR_NOTICE_ENDS_AT, VAR_INVESTIGATIONS_DONE, VAR_LEADERSHIP_DECISION, VAR_DECISION_NUMBER, VAR_DECISION_DATE);

  // fields of the task forms
  public static final String FIELD_DECISION = "decision";
  public static final String FIELD_REASONS = "reasons";
  public static final String FIELD_PROPOSAL = "proposal";
  public static final String FIELD_REMOVALS = "removals";
  public static final String FIELD_DECISION_NUMBER = "decisionNumber";
  public static final String FIELD_DECISION_DATE = "decisionDate";
  public static final String FIELD_BATCH_TITLE = "batchTitle";

  /** The decision body's answer to the proposed list. */
  public enum LeadershipDecision { APPROVE, APPROVE_WITH_REMOVALS }

  private NamingBatchProcess() {
  }
}
