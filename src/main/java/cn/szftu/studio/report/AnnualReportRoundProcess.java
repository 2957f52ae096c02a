package cn.szftu.studio.report;

/** Key, element ids, form and variable names of the yearly round (processes/annual-report-round.bpmn). */
public final class AnnualReportRoundProcess {

  public static final String KEY = "annual-report-round";

  // elements
  public static final String START = "StartEvent_RoundStarted";
  public static final String START_REPORTS = "Task_StartReports";
  public static final String END = "EndEvent_ReportsStarted";

  public static final String FORM_ROUND = "annualReportRoundForm";

  // process variables
  public static final String VAR_REPORT_YEAR = "reportYear";

  // fields of the start form
  public static final String FIELD_REPORT_YEAR = "reportYear";
  public static final String FIELD_DUE_DATE = "dueDate";

  /** Business key of a round: its report year, so the rounds of a year can be found in Cockpit. */
  public static String businessKey(int reportYear) {
    return "annual-report-" + reportYear;
  }

  private AnnualReportRoundProcess() {
  }
}
