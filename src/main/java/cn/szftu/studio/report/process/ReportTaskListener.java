package cn.szftu.studio.report.process;

import static cn.szftu.studio.report.AnnualReportProcess.*;

import cn.szftu.studio.application.process.CurrentActor;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.report.AnnualReport;
import cn.szftu.studio.report.AnnualReportService;
import cn.szftu.studio.report.ReportContent;
import cn.szftu.studio.report.ReportForm;
import cn.szftu.studio.report.ReportSchedule;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 填报年度报告 and 修改年度报告 (both on forms/annual-report.form): the host unit files the report, or revises it after the
 * union returned it (the form then opens with what was filed and the union's reasons). The server checks every value;
 * a refused submission changes nothing.
 */
@Component("annualReportTask")
public class ReportTaskListener implements TaskListener {

  static final Set<String> FORM_FIELDS = ReportTaskForms.fields(ReportForm.FIELDS, FIELD_RETURN_REASONS);

  private final AnnualReportService reports;
  private final StudioRepository studios;
  private final ReportSchedule schedule;
  private final CurrentActor actor;
  private final Clock clock;

  public ReportTaskListener(AnnualReportService reports, StudioRepository studios, ReportSchedule schedule,
      CurrentActor actor, Clock clock) {
    this.reports = reports;
    this.studios = studios;
    this.schedule = schedule;
    this.actor = actor;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      prepare(task);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      complete(task);
    }
  }

  private void prepare(DelegateTask task) {
    AnnualReport report = reports.get(ReportTaskForms.reportId(task.getExecution()));
    Studio studio = studios.findById(report.getStudioId()).orElseThrow();
    boolean revising = REVISE.equals(task.getTaskDefinitionKey());
    Map<String, Object> values = ReportTaskForms.caseFields(report, studio, revising
        ? "推荐单位退回修改，请按退回意见修改后重新提交。"
        : "请如实填报本年度工作室建设情况，于截止时间前提交。逾期提交的，年度报告将记录为逾期报送。");
    if (revising) {
      values.putAll(ReportForm.values(report.content()));
      values.put(FIELD_RETURN_REASONS, reports.lastReturnReasons(report.getId()).orElse(null));
      task.setDueDate(ReportTaskForms.dueDateIfKnown(() -> schedule.revisionDeadline(clock.instant())));
    }
    task.setVariablesLocal(values);
  }

  private void complete(DelegateTask task) {
    ReportContent content = ReportForm.read(task.getVariablesLocal(),
        ReportTaskForms.unknownFields(task, FORM_FIELDS));
    reports.submit(ReportTaskForms.reportId(task.getExecution()), content, actor.userId(task));
    if (FILE_REPORT.equals(task.getTaskDefinitionKey())) {
      task.getExecution().setVariable(VAR_FILING_OUTCOME, FilingOutcome.FILED.name());
    }
  }
}
