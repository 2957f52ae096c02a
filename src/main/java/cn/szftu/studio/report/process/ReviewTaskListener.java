package cn.szftu.studio.report.process;

import static cn.szftu.studio.report.AnnualReportProcess.*;

import cn.szftu.studio.DisplayDates;
import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.FieldReader;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.application.process.CurrentActor;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.report.AnnualReport;
import cn.szftu.studio.report.AnnualReportService;
import cn.szftu.studio.report.ReportForm;
import cn.szftu.studio.report.ReportSchedule;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 审核年度报告: the recommending union reads the filed report (and whether it came late) and approves it, or returns it
 * to the host unit with the reasons it must address.
 */
@Component("annualReportReviewTask")
public class ReviewTaskListener implements TaskListener {

  static final int MAX_REASONS = 2000;
  static final Set<String> FORM_FIELDS = ReportTaskForms.fields(Set.of(FIELD_DECISION, FIELD_REASONS),
      FIELD_REPORT_TEXT);
  static final Map<String, String> LABELS = Map.of(FIELD_DECISION, "审核结论", FIELD_REASONS, "审核意见");

  private final AnnualReportService reports;
  private final StudioRepository studios;
  private final ReportSchedule schedule;
  private final CurrentActor actor;
  private final Clock clock;

  public ReviewTaskListener(AnnualReportService reports, StudioRepository studios, ReportSchedule schedule,
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
    String filed = DisplayDates.dateTime(report.getFiledAt()) + (report.isLate() ? " 报送（逾期报送）" : " 报送（按时报送）");
    if (report.getSubmissions() > 1) {
      filed += "；退回修改后于 " + DisplayDates.dateTime(report.getLastSubmittedAt()) + " 第 "
          + report.getSubmissions() + " 次提交";
    }
    Map<String, Object> values = ReportTaskForms.caseFields(report, studio, filed);
    values.put(FIELD_REPORT_TEXT, ReportForm.text(report.content()));
    task.setVariablesLocal(values);
    task.setDueDate(ReportTaskForms.dueDateIfKnown(() -> schedule.reviewDeadline(clock.instant())));
  }

  private void complete(DelegateTask task) {
    List<FieldProblem> problems = new ArrayList<>(ReportTaskForms.unknownFields(task, FORM_FIELDS));
    FieldReader in = new FieldReader(task.getVariablesLocal(), LABELS::get);
    ReviewDecision decision = in.choice(FIELD_DECISION, true, ReviewDecision.class);
    String reasons = in.text(FIELD_REASONS, decision == ReviewDecision.RETURN, MAX_REASONS);
    problems.addAll(in.problems());
    if (!problems.isEmpty()) {
      throw new InvalidSubmissionException(problems);
    }
    reports.review(ReportTaskForms.reportId(task.getExecution()), decision, reasons, actor.userId(task));
    task.getExecution().setVariable(VAR_REVIEW_DECISION, decision.name());
  }
}
