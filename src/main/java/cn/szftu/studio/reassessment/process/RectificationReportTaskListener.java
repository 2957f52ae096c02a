package cn.szftu.studio.reassessment.process;

import static cn.szftu.studio.reassessment.StudioReassessmentProcess.*;

import cn.szftu.studio.DisplayDates;
import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.application.process.CurrentActor;
import cn.szftu.studio.application.process.SubmittedFields;
import cn.szftu.studio.application.process.TaskFormInput;
import cn.szftu.studio.reassessment.Reassessment;
import cn.szftu.studio.reassessment.ReassessmentService;
import cn.szftu.studio.registry.Studio;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 提交整改报告: the host unit sees why it has to rectify and by when, and reports what it did. The report is checked
 * on the server (required, at most {@value #MAX_REPORT} characters, no other field) and stored with the round.
 *
 * <p>A submitted value under the name of a process variable would overwrite it rather than appear as an unknown
 * field, so on completion the round is found by the process instance (not by a variable), and the variables the
 * later steps rely on must still be what the round says.
 */
@Component("rectificationReportTask")
public class RectificationReportTaskListener implements TaskListener {

  static final int MAX_REPORT = 4000;
  static final Set<String> FORM_FIELDS = Set.of(FIELD_NAMING_NUMBER, FIELD_STUDIO_NAME, FIELD_HOST_UNIT_NAME,
      FIELD_FINDINGS, FIELD_DEADLINE, FIELD_REPORT);

  private final ReassessmentService reassessments;
  private final CurrentActor actor;

  public RectificationReportTaskListener(ReassessmentService reassessments, CurrentActor actor) {
    this.reassessments = reassessments;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      long reassessmentId = (Long) task.getVariable(VAR_REASSESSMENT_ID);
      Reassessment round = reassessments.get(reassessmentId);
      Studio studio = reassessments.studio(round.getStudioId());
      Map<String, Object> values = new HashMap<>();
      values.put(FIELD_NAMING_NUMBER, studio.getNamingNumber());
      values.put(FIELD_STUDIO_NAME, studio.getStudioName());
      values.put(FIELD_HOST_UNIT_NAME, studio.getHostUnitName());
      values.put(FIELD_FINDINGS, reassessments.findings(reassessmentId));
      values.put(FIELD_DEADLINE, DisplayDates.lastDay(round.getRectificationDeadline()) + "（含当日）");
      task.setVariablesLocal(values);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      Map<String, Object> submitted = SubmittedFields.of(task, FORM_FIELDS, PROCESS_VARIABLES);
      Reassessment round = reassessments.rectifying(task.getProcessInstanceId());
      requireUntouched(task, round);
      String report = TaskFormInput.text(submitted, FIELD_REPORT, "整改报告", true, MAX_REPORT,
          "请填写整改报告：整改了哪些问题、采取了哪些措施、取得了哪些成效");
      reassessments.submitReport(round.getId(), report, actor.userId(task));
    }
  }

  private void requireUntouched(DelegateTask task, Reassessment round) {
    Studio studio = reassessments.studio(round.getStudioId());
    Map<String, Object> expected = new HashMap<>();
    expected.put(VAR_STUDIO_ID, studio.getId());
    expected.put(VAR_APPLICATION_ID, studio.getApplicationId());
    expected.put(VAR_REASSESSMENT_ID, round.getId());
    expected.put(VAR_OUTCOME, round.getOutcome().name());
    expected.put(VAR_RECTIFICATION_DEADLINE, Date.from(round.getRectificationDeadline()));
    List<FieldProblem> problems = new ArrayList<>();
    expected.forEach((name, value) -> {
      if (!value.equals(task.getExecution().getVariable(name))) {
        problems.add(new FieldProblem(name, name, "不是本表单的字段"));
      }
    });
    if (!problems.isEmpty()) {
      throw new InvalidSubmissionException(problems);
    }
  }
}
