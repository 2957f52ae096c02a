package cn.szftu.studio.application.process;

import static cn.szftu.studio.application.ApplicationProcess.*;

import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.application.ApplicationStatus;
import cn.szftu.studio.application.DecisionOutcome;
import cn.szftu.studio.application.DecisionStep;
import java.util.Map;
import cn.szftu.studio.batch.BatchNotifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End events. Inside the sub-process they name how the part before expert evaluation ended; outside, the final end
 * events give the application its final status.
 */
@Component("applicationOutcome")
public class ApplicationOutcomeListener implements ExecutionListener {

  static final Map<String, PreliminaryOutcome> INNER = Map.of(
      END_PASSED, PreliminaryOutcome.PASSED,
      END_NOT_RECOMMENDED_INNER, PreliminaryOutcome.NOT_RECOMMENDED,
      END_REJECTED_INNER, PreliminaryOutcome.REJECTED,
      END_WITHDRAWN_INNER, PreliminaryOutcome.WITHDRAWN,
      END_LAPSED_INNER, PreliminaryOutcome.LAPSED);

  static final Map<String, ApplicationStatus> FINAL = Map.of(
      END_NOT_RECOMMENDED, ApplicationStatus.NOT_RECOMMENDED,
      END_REJECTED, ApplicationStatus.REJECTED,
      END_WITHDRAWN, ApplicationStatus.WITHDRAWN,
      END_LAPSED, ApplicationStatus.LAPSED);

  private final ApplicationService applications;
  private final BatchNotifier batches;

  public ApplicationOutcomeListener(ApplicationService applications, BatchNotifier batches) {
    this.applications = applications;
    this.batches = batches;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String activity = execution.getCurrentActivityId();
    long applicationId = (Long) execution.getVariable(VAR_APPLICATION_ID);
    if (INNER.containsKey(activity)) {
      PreliminaryOutcome outcome = INNER.get(activity);
      execution.setVariable(VAR_PRELIMINARY_OUTCOME, outcome.name());
      if (outcome == PreliminaryOutcome.LAPSED) {
        applications.close(applicationId, ApplicationStatus.LAPSED, DecisionStep.LAPSE, DecisionOutcome.LAPSED,
            "补正期限届满未重新提交，申报视为撤回", null);
      }
    } else if (FINAL.containsKey(activity)) {
      applications.close(applicationId, FINAL.get(activity), null, null, null, null);
      batches.applicationSettled(applications.get(applicationId).getBatchCode());
    } else {
      throw new IllegalStateException("no outcome for " + activity);
    }
  }
}
