package cn.szftu.studio.naming.process;

import static cn.szftu.studio.batch.NamingBatchProcess.*;

import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.application.process.SubmittedFields;
import cn.szftu.studio.naming.NamingBatchService;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 确认拟命名名单: the city office checks the ranked list and sends it to the decision body. */
@Component("proposalConfirmationTask")
public class ProposalConfirmationTaskListener implements TaskListener {

  static final String CONFIRM = "CONFIRM";
  static final Set<String> FORM_FIELDS = BatchTaskForms.fields(FIELD_DECISION, FIELD_REASONS);

  private final NamingBatchService batches;

  public ProposalConfirmationTaskListener(NamingBatchService batches) {
    this.batches = batches;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      BatchTaskForms.prepare(task, batches);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      Map<String, Object> submitted = SubmittedFields.of(task, FORM_FIELDS, PROCESS_VARIABLES);
      if (!CONFIRM.equals(submitted.get(FIELD_DECISION))) {
        throw new InvalidSubmissionException(new FieldProblem(FIELD_DECISION, "确认", "请确认拟命名名单后提交"));
      }
      BatchTaskForms.text(submitted, FIELD_REASONS, "说明", false);
      batches.confirmed((String) task.getVariable(VAR_BATCH_CODE));
    }
  }
}
