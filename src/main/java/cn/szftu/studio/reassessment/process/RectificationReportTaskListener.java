package cn.szftu.studio.reassessment.process;

import static cn.szftu.studio.reassessment.StudioReassessmentProcess.*;

import cn.szftu.studio.DisplayDates;
import cn.szftu.studio.application.process.CurrentActor;
import cn.szftu.studio.application.process.SubmittedFields;
import cn.szftu.studio.application.process.TaskFormInput;
import cn.szftu.studio.reassessment.Reassessment;
import cn.szftu.studio.reassessment.ReassessmentService;
import cn.szftu.studio.registry.Studio;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 提交整改报告: the host unit sees why it has to rectify and by when, and reports what it did. The report is checked
 * on the server (required, at most {@value #MAX_REPORT} characters, no other field) and stored with the round.
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
    long reassessmentId = (Long) task.getVariable(VAR_REASSESSMENT_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      Reassessment round = reassessments.get(reassessmentId);
      Studio studio = reassessments.studio(round.getStudioId());
      Map<String, Object> values = new HashMap<>();
      values.put(FIELD_NAMING_NUMBER, studio.getNamingNumber());
      values.put(FIELD_STUDIO_NAME, studio.getStudioName());
      values.put(FIELD_HOST_UNIT_NAME, studio.getHostUnitName());
      values.put(FIELD_FINDINGS, reassessments.findings(reassessmentId));
      values.put(FIELD_DEADLINE, DisplayDates.lastDay(round.getRectificationDeadline()) + "（含当日）");
      values.put(FIELD_REPORT, null);
      task.setVariablesLocal(values);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      Map<String, Object> submitted = SubmittedFields.of(task, FORM_FIELDS, PROCESS_VARIABLES);
      String report = TaskFormInput.text(submitted, FIELD_REPORT, "整改报告", true, MAX_REPORT,
          "请填写整改报告：整改了哪些问题、采取了哪些措施、取得了哪些成效");
      reassessments.submitReport(reassessmentId, report, actor.userId(task));
    }
  }
}
