package cn.szftu.studio.report.process;

import static cn.szftu.studio.report.AnnualReportProcess.*;

import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.FieldReader;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.application.process.CurrentActor;
import cn.szftu.studio.calendar.HolidayDataMissingException;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.report.AnnualReport;
import cn.szftu.studio.report.AnnualReportService;
import cn.szftu.studio.report.ReportMails;
import cn.szftu.studio.report.ReportSchedule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 督促报送: the recommending union hears that a report is overdue (mail with a link to this task), urges the host unit
 * and records how; the unit's report task stays open. Urged, the union is asked again after the configured working
 * days if the report is still missing; or the union closes the year as not filed, with its reasons.
 */
@Component("annualReportFollowUpTask")
public class FollowUpTaskListener implements TaskListener {

  static final int MAX_NOTE = 2000;
  static final Set<String> FORM_FIELDS = ReportTaskForms.fields(Set.of(FIELD_DECISION, FIELD_REASONS));
  static final Map<String, String> LABELS = Map.of(FIELD_DECISION, "督促结果", FIELD_REASONS, "督促情况说明");

  private final AnnualReportService reports;
  private final StudioRepository studios;
  private final ReportSchedule schedule;
  private final ReportMails mails;
  private final CurrentActor actor;

  public FollowUpTaskListener(AnnualReportService reports, StudioRepository studios, ReportSchedule schedule,
      ReportMails mails, CurrentActor actor) {
    this.reports = reports;
    this.studios = studios;
    this.schedule = schedule;
    this.mails = mails;
    this.actor = actor;
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
    Map<String, Object> values = ReportTaskForms.caseFields(report, studio, "截止时间已过，所在单位尚未报送（第 "
        + report.getEscalations() + " 次逾期通知）。请督促所在单位补报，并记录督促情况。");
    task.setVariablesLocal(values);
    // answer before the next notice would go out
    task.setDueDate(ReportTaskForms.dueDateIfKnown(() -> schedule.followUpAfter(currentNotice(task))));
    mails.overdueToUnion(report, studio, task.getId());
  }

  private void complete(DelegateTask task) {
    List<FieldProblem> problems = new ArrayList<>(ReportTaskForms.unknownFields(task, FORM_FIELDS));
    FieldReader in = new FieldReader(task.getVariablesLocal(), LABELS::get);
    FollowUpDecision decision = in.choice(FIELD_DECISION, true, FollowUpDecision.class);
    String note = in.text(FIELD_REASONS, true, MAX_NOTE);
    problems.addAll(in.problems());
    if (!problems.isEmpty()) {
      throw new InvalidSubmissionException(problems);
    }
    if (decision == FollowUpDecision.URGED) {
      // the next notice is a timer: refuse now, saying why, rather than guess the date without the holiday calendar
      try {
        nextNotice(task);
      } catch (HolidayDataMissingException e) {
        throw new InvalidSubmissionException(new FieldProblem(FIELD_DECISION, LABELS.get(FIELD_DECISION),
            "暂时无法计算下次督促时间：" + e.getMessage()));
      }
    }
    reports.followUp(ReportTaskForms.reportId(task.getExecution()), decision, note, actor.userId(task));
    task.getExecution().setVariable(VAR_FOLLOW_UP_DECISION, decision.name());
    if (decision == FollowUpDecision.URGED) {
      task.getExecution().setVariable(VAR_FOLLOW_UP_AT, Date.from(nextNotice(task)));
    } else {
      task.getExecution().setVariable(VAR_FILING_OUTCOME, FilingOutcome.NOT_FILED.name());
    }
  }

  private Instant nextNotice(DelegateTask task) {
    return schedule.followUpAfter(currentNotice(task));
  }

  /** The moment of the notice this task answers: the due moment first, then each follow-up moment. */
  private static Instant currentNotice(DelegateTask task) {
    Date followUpAt = (Date) task.getExecution().getVariable(VAR_FOLLOW_UP_AT);
    return (followUpAt != null ? followUpAt : (Date) task.getExecution().getVariable(VAR_DUE_AT)).toInstant();
  }
}
