package cn.szftu.studio.naming.process;

import static cn.szftu.studio.batch.NamingBatchProcess.*;

import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.application.process.SubmittedFields;
import cn.szftu.studio.naming.NamingBatchService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 录入命名决定: the city office enters the decision's document number (文号) and date. */
@Component("namingDecisionTask")
public class NamingDecisionTaskListener implements TaskListener {

  static final int MAX_NUMBER = 100;
  static final Set<String> FORM_FIELDS = BatchTaskForms.fields(FIELD_DECISION_NUMBER, FIELD_DECISION_DATE);

  private final NamingBatchService batches;
  private final Clock clock;

  public NamingDecisionTaskListener(NamingBatchService batches, Clock clock) {
    this.batches = batches;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      BatchTaskForms.prepare(task, batches);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      Map<String, Object> submitted = SubmittedFields.of(task, FORM_FIELDS, PROCESS_VARIABLES);
      String number = BatchTaskForms.text(submitted, FIELD_DECISION_NUMBER, "命名决定文号", true);
      if (number.length() > MAX_NUMBER) {
        throw new InvalidSubmissionException(new FieldProblem(FIELD_DECISION_NUMBER, "命名决定文号",
            "不能超过 " + MAX_NUMBER + " 个字符"));
      }
      String dateText = BatchTaskForms.text(submitted, FIELD_DECISION_DATE, "决定日期", true);
      LocalDate date;
      try {
        date = LocalDate.parse(dateText);
      } catch (DateTimeParseException e) {
        throw new InvalidSubmissionException(new FieldProblem(FIELD_DECISION_DATE, "决定日期", "应为日期，如 2027-01-15"));
      }
      if (date.isAfter(LocalDate.now(clock))) {
        throw new InvalidSubmissionException(new FieldProblem(FIELD_DECISION_DATE, "决定日期", "不能晚于今天"));
      }
      task.getExecution().setVariable(VAR_DECISION_NUMBER, number);
      task.getExecution().setVariable(VAR_DECISION_DATE, date.toString());
    }
  }
}
