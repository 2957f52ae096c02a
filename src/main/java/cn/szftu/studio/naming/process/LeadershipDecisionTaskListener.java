package cn.szftu.studio.naming.process;

import static cn.szftu.studio.batch.NamingBatchProcess.*;

import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.application.process.SubmittedFields;
import cn.szftu.studio.application.process.TaskFormInput;
import cn.szftu.studio.naming.NamingBatchService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 领导研究决定: the decision body approves the list, or removes entries, one line each: {@code 申报编号：理由}. A
 * removal needs its reasons, which the applicant will read.
 */
@Component("leadershipDecisionTask")
public class LeadershipDecisionTaskListener implements TaskListener {

  static final Set<String> FORM_FIELDS = BatchTaskForms.fields(FIELD_DECISION, FIELD_REMOVALS, FIELD_REASONS);

  private final NamingBatchService batches;

  public LeadershipDecisionTaskListener(NamingBatchService batches) {
    this.batches = batches;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      BatchTaskForms.prepare(task, batches);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      Map<String, Object> submitted = SubmittedFields.of(task, FORM_FIELDS, PROCESS_VARIABLES);
      LeadershipDecision decision = TaskFormInput.choice(submitted, FIELD_DECISION, "研究决定",
          LeadershipDecision.class);
      BatchTaskForms.text(submitted, FIELD_REASONS, "会议研究意见", false);
      String removals = BatchTaskForms.text(submitted, FIELD_REMOVALS, "不予列入的申报",
          decision == LeadershipDecision.APPROVE_WITH_REMOVALS);
      if (decision == LeadershipDecision.APPROVE_WITH_REMOVALS) {
        batches.removeByLeadership((String) task.getVariable(VAR_BATCH_CODE), parse(removals));
      }
      task.getExecution().setVariable(VAR_LEADERSHIP_DECISION, decision.name());
    }
  }

  /** Lines {@code SQ-2026-0003：理由} (full-width or ASCII colon). */
  static Map<String, String> parse(String text) {
    Map<String, String> removals = new LinkedHashMap<>();
    int lineNo = 0;
    for (String line : text.split("\\R")) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.strip().split("\\s*[：:]\\s*", 2);
      if (parts.length != 2 || parts[1].isBlank()) {
        throw new InvalidSubmissionException(new FieldProblem(FIELD_REMOVALS, "不予列入的申报",
            "第 " + lineNo + " 行应写作“申报编号：理由”，理由不能为空"));
      }
      if (removals.put(parts[0], parts[1]) != null) {
        throw new InvalidSubmissionException(new FieldProblem(FIELD_REMOVALS, "不予列入的申报",
            "“" + parts[0] + "”重复填写"));
      }
    }
    return removals;
  }
}
