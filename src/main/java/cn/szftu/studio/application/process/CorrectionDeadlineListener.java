package cn.szftu.studio.application.process;

import static cn.szftu.studio.application.ApplicationProcess.*;

import cn.szftu.studio.application.Application;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.batch.NamingBatchRepository;
import cn.szftu.studio.calendar.WorkingDays;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On the way to a correction (Gateway_ToCorrection): the deadline is the batch's number of working days from today on
 * the holiday calendar; the correction task's due date and its lapse timer both read it.
 */
@Component("correctionDeadlineListener")
public class CorrectionDeadlineListener implements ExecutionListener {

  private final ApplicationService applications;
  private final NamingBatchRepository batches;
  private final WorkingDays workingDays;
  private final Clock clock;

  public CorrectionDeadlineListener(ApplicationService applications, NamingBatchRepository batches,
      WorkingDays workingDays, Clock clock) {
    this.applications = applications;
    this.batches = batches;
    this.workingDays = workingDays;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Application application = applications.get((Long) execution.getVariable(VAR_APPLICATION_ID));
    int days = batches.findById(application.getBatchCode()).orElseThrow().getCorrectionWorkingDays();
    Date deadline = workingDays.deadline(Date.from(clock.instant()), days);
    execution.setVariable(VAR_CORRECTION_DEADLINE, deadline);
    applications.requireCorrection(application.getId(), deadline.toInstant());
  }
}
