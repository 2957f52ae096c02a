package cn.szftu.studio.application.process;

import static cn.szftu.studio.application.ApplicationProcess.*;

import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.application.ApplicationStatus;
import cn.szftu.studio.application.DecisionOutcome;
import cn.szftu.studio.application.DecisionStep;
import cn.szftu.studio.batch.BatchEntry;
import cn.szftu.studio.batch.BatchEntryRepository;
import cn.szftu.studio.batch.EntryOutcome;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The batch's decision ends the application: 已命名, or 未予命名 with the reason of its batch entry (below the pass
 * line, over a quota, veto, removed by the decision body or by a substantiated objection), which the applicant sees.
 */
@Component("namingOutcomeListener")
public class NamingOutcomeListener implements ExecutionListener {

  private final ApplicationService applications;
  private final BatchEntryRepository entries;

  public NamingOutcomeListener(ApplicationService applications, BatchEntryRepository entries) {
    this.applications = applications;
    this.entries = entries;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long applicationId = (Long) execution.getVariable(VAR_APPLICATION_ID);
    BatchEntry entry = entries.findByApplicationId(applicationId).orElseThrow(
        () -> new IllegalStateException("application " + applicationId + " has no batch entry"));
    if (END_NAMED.equals(execution.getCurrentActivityId())) {
      if (entry.getOutcome() != EntryOutcome.NAMED) {
        throw new IllegalStateException("application " + applicationId + " is " + entry.getOutcome() + ", not named");
      }
      applications.close(applicationId, ApplicationStatus.NAMED, DecisionStep.NAMING, DecisionOutcome.NAMED, null,
          null);
    } else {
      applications.close(applicationId, ApplicationStatus.NOT_NAMED, DecisionStep.NAMING, DecisionOutcome.NOT_NAMED,
          entry.getOutcome().label() + (entry.getReasons() == null ? "" : "：" + entry.getReasons()), null);
    }
  }
}
