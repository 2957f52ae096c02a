package cn.szftu.studio.report;

import java.util.Set;

/** Key, element ids, forms, messages and variable names of the annual-report process (processes/annual-report.bpmn). */
public final class AnnualReportProcess {

  public static final String KEY = "annual-report";

  // elements
  public static final String START = "StartEvent_ReportRequested";
  public static final String FILING = "SubProcess_Filing";
  public static final String FILE_REPORT = "Task_FileReport";
  public static final String END_FILED = "EndEvent_Filed";
  public static final String REMINDER_DUE = "Event_ReminderDue";
  public static final String SEND_REMINDER = "Task_SendReminder";
  public static final String END_REMINDERS_SENT = "EndEvent_RemindersSent";
  public static final String REPORT_DUE = "Event_ReportDue";
  public static final String NOTIFY_OVERDUE = "Task_NotifyOverdue";
  public static final String FOLLOW_UP = "Task_FollowUp";
  public static final String FOLLOW_UP_DUE = "Event_FollowUpDue";
  public static final String END_CLOSED_UNFILED = "EndEvent_ClosedUnfiled";
  public static final String REVIEW = "Task_ReviewReport";
  public static final String REVISE = "Task_ReviseReport";
  public static final String END_ACCEPTED = "EndEvent_ReportAccepted";
  public static final String END_NOT_FILED = "EndEvent_ReportNotFiled";
  public static final String STUDIO_REVOKED = "StartEvent_StudioRevoked";
  public static final String END_REVOKED = "EndEvent_StudioRevoked";

  // forms
  public static final String FORM_REPORT = "annualReportForm";
  public static final String FORM_FOLLOW_UP = "annualReportFollowUpForm";
  public static final String FORM_REVIEW = "annualReportReviewForm";

  /**
   * Correlated by the revocation process with the naming number as business key (CONTRACTS): ends the studio's open
   * reports. Same value as revocation.StudioRevocationProcess.MESSAGE_STUDIO_REVOKED.
   */
  public static final String MESSAGE_STUDIO_REVOKED = "Message_StudioRevoked";

  // process variables
  public static final String VAR_REPORT_ID = "reportId";
  public static final String VAR_UNIT_GROUP = "unitGroup";
  public static final String VAR_UNION_GROUP = "unionGroup";
  public static final String VAR_DUE_AT = "dueAt";
  public static final String VAR_REMINDER_AT = "reminderAt";
  public static final String VAR_FOLLOW_UP_AT = "followUpAt";
  public static final String VAR_FILING_OUTCOME = "filingOutcome";
  public static final String VAR_FOLLOW_UP_DECISION = "followUpDecision";
  public static final String VAR_REVIEW_DECISION = "reviewDecision";

  public static final Set<String> PROCESS_VARIABLES = Set.of(VAR_REPORT_ID, VAR_UNIT_GROUP, VAR_UNION_GROUP, VAR_DUE_AT,
      VAR_REMINDER_AT, VAR_FOLLOW_UP_AT, VAR_FILING_OUTCOME, VAR_FOLLOW_UP_DECISION, VAR_REVIEW_DECISION);

  // read-only fields the task forms show, and the reviewers' inputs
  public static final String FIELD_NAMING_NUMBER = "namingNumber";
  public static final String FIELD_STUDIO_NAME = "studioName";
  public static final String FIELD_HOST_UNIT_NAME = "hostUnitName";
  public static final String FIELD_REPORT_YEAR = "reportYear";
  public static final String FIELD_DUE = "dueText";
  public static final String FIELD_STATUS_NOTE = "statusNote";
  public static final String FIELD_RETURN_REASONS = "returnReasons";
  public static final String FIELD_REPORT_TEXT = "reportText";
  public static final String FIELD_DECISION = "decision";
  public static final String FIELD_REASONS = "reasons";

  /** Whether the filing part ended with a report (on time or late) or with the union closing it unfiled. */
  public enum FilingOutcome { FILED, NOT_FILED }

  /** The union's answer to an overdue report: urged the unit and waits, or closes the year as not filed. */
  public enum FollowUpDecision { URGED, CLOSE_UNFILED }

  /** The union's review of a filed report. */
  public enum ReviewDecision { APPROVE, RETURN }

  private AnnualReportProcess() {
  }
}
