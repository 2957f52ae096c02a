package cn.szftu.studio.report.process;

import static cn.szftu.studio.report.AnnualReportProcess.*;

import cn.szftu.studio.DisplayDates;
import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.calendar.HolidayDataMissingException;
import cn.szftu.studio.report.AnnualReport;
import cn.szftu.studio.registry.Studio;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What every annual-report task shows at its top (read-only, as task-local values) and how a submission's names are
 * checked: form values live on the task, so a value under any other name, on the task or in the process, is refused.
 */
final class ReportTaskForms {

  static final Set<String> CASE_FIELDS = Set.of(FIELD_NAMING_NUMBER, FIELD_STUDIO_NAME, FIELD_HOST_UNIT_NAME,
      FIELD_REPORT_YEAR, FIELD_DUE, FIELD_STATUS_NOTE);

  private ReportTaskForms() {
  }

  static Set<String> fields(Set<String> inputs, String... more) {
    Set<String> fields = new HashSet<>(CASE_FIELDS);
    fields.addAll(inputs);
    fields.addAll(List.of(more));
    return Set.copyOf(fields);
  }

  static long reportId(VariableScope scope) {
    return ((Number) scope.getVariable(VAR_REPORT_ID)).longValue();
  }

  static Map<String, Object> caseFields(AnnualReport report, Studio studio, String statusNote) {
    Map<String, Object> values = new HashMap<>();
    values.put(FIELD_NAMING_NUMBER, studio.getNamingNumber());
    values.put(FIELD_STUDIO_NAME, studio.getStudioName());
    values.put(FIELD_HOST_UNIT_NAME, studio.getHostUnitName());
    values.put(FIELD_REPORT_YEAR, report.getReportYear() + " 年度");
    values.put(FIELD_DUE, DisplayDates.dateTime(report.getDueAt()));
    values.put(FIELD_STATUS_NOTE, statusNote);
    return values;
  }

  /**
   * A task's due date, or none while the holiday calendar of its year is not known yet: a task's due date only informs
   * (no timer reads it), so a missing calendar must not stop a unit from filing in late December.
   */
  static Date dueDateIfKnown(Supplier<Instant> deadline) {
    try {
      return Date.from(deadline.get());
    } catch (HolidayDataMissingException e) {
      return null;
    }
  }

  static List<FieldProblem> unknownFields(DelegateTask task, Set<String> formFields) {
    List<FieldProblem> problems = new ArrayList<>();
    task.getVariablesLocal().forEach((name, value) -> {
      boolean shadow = PROCESS_VARIABLES.contains(name) && value == null;
      if (!formFields.contains(name) && !shadow) {
        problems.add(new FieldProblem(name, name, "不是本表单的字段"));
      }
    });
    for (String name : task.getExecution().getVariableNames()) {
      if (!PROCESS_VARIABLES.contains(name)) {
        problems.add(new FieldProblem(name, name, "不是本表单的字段"));
      }
    }
    return problems;
  }
}
