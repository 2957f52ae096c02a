package cn.szftu.studio.report.process;

import static cn.szftu.studio.report.AnnualReportProcess.*;

import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.report.AnnualReport;
import cn.szftu.studio.report.AnnualReportService;
import cn.szftu.studio.report.ReportMails;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The due moment (or the next follow-up moment) passed without a report: the report is late from now on and the unit
 * is told so, with a link to its still open report task. The union's mail goes out with its follow-up task.
 */
@Component("annualReportOverdue")
public class OverdueDelegate implements JavaDelegate {

  private final AnnualReportService reports;
  private final StudioRepository studios;
  private final ReportMails mails;
  private final TaskService taskService;

  public OverdueDelegate(AnnualReportService reports, StudioRepository studios, ReportMails mails,
      TaskService taskService) {
    this.reports = reports;
    this.studios = studios;
    this.mails = mails;
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AnnualReport report = reports.overdue(ReportTaskForms.reportId(execution));
    Task fileTask = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(FILE_REPORT).singleResult();
    mails.overdueToUnit(report, studios.findById(report.getStudioId()).orElseThrow(),
        fileTask == null ? null : fileTask.getId());
  }
}
