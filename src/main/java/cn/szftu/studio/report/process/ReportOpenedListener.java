package cn.szftu.studio.report.process;

import static cn.szftu.studio.report.AnnualReportProcess.*;

import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.report.AnnualReport;
import cn.szftu.studio.report.AnnualReportService;
import cn.szftu.studio.report.ReportSchedule;
import cn.szftu.studio.security.Groups;
import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * A report starts with its id only: the host unit's and the union's groups, the due moment and the first reminder
 * still ahead (reminders whose time has passed when a report starts late are not sent) become the variables the
 * tasks and timers read; the variables set later start empty so every gateway can read them.
 */
@Component("annualReportOpened")
public class ReportOpenedListener implements ExecutionListener {

  private final AnnualReportService reports;
  private final StudioRepository studios;
  private final ReportSchedule schedule;
  private final Clock clock;

  public ReportOpenedListener(AnnualReportService reports, StudioRepository studios, ReportSchedule schedule,
      Clock clock) {
    this.reports = reports;
    this.studios = studios;
    this.schedule = schedule;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    AnnualReport report = reports.get(ReportTaskForms.reportId(execution));
    Studio studio = studios.findById(report.getStudioId()).orElseThrow();
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_UNIT_GROUP, Groups.unitGroup(studio.getHostUnitCode()));
    variables.put(VAR_UNION_GROUP, Groups.unionGroup(studio.getUnionCode()));
    variables.put(VAR_DUE_AT, Date.from(report.getDueAt()));
    variables.put(VAR_REMINDER_AT, schedule.nextReminder(report.getDueAt(), clock.instant()).map(Date::from)
        .orElse(null));
    variables.put(VAR_FOLLOW_UP_AT, null);
    variables.put(VAR_FILING_OUTCOME, null);
    variables.put(VAR_FOLLOW_UP_DECISION, null);
    variables.put(VAR_REVIEW_DECISION, null);
    execution.setVariables(variables);
  }
}
