package cn.szftu.studio.report.process;

import static cn.szftu.studio.report.AnnualReportProcess.*;

import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.report.AnnualReport;
import cn.szftu.studio.report.AnnualReportService;
import cn.szftu.studio.report.ReportMails;
import cn.szftu.studio.report.ReportSchedule;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A reminder is due: the host unit's users get a mail with the working days left and a link to the report task, and
 * the next reminder is scheduled (none after the last one; one whose time has passed meanwhile is skipped).
 */
@Component("annualReportReminder")
public class ReminderDelegate implements JavaDelegate {

  private final AnnualReportService reports;
  private final StudioRepository studios;
  private final ReportSchedule schedule;
  private final ReportMails mails;
  private final TaskService taskService;
  private final Clock clock;

  public ReminderDelegate(AnnualReportService reports, StudioRepository studios, ReportSchedule schedule,
      ReportMails mails, TaskService taskService, Clock clock) {
    this.reports = reports;
    this.studios = studios;
    this.schedule = schedule;
    this.mails = mails;
    this.taskService = taskService;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AnnualReport report = reports.get(ReportTaskForms.reportId(execution));
    Instant sent = ((Date) execution.getVariable(VAR_REMINDER_AT)).toInstant();
    Task fileTask = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(FILE_REPORT).singleResult();
    mails.reminder(report, studios.findById(report.getStudioId()).orElseThrow(), sent,
        fileTask == null ? null : fileTask.getId());
    Instant after = clock.instant().isAfter(sent) ? clock.instant() : sent;
    execution.setVariable(VAR_REMINDER_AT, schedule.nextReminder(report.getDueAt(), after).map(Date::from)
        .orElse(null));
  }
}
