package cn.szftu.studio.application.process;

import static cn.szftu.studio.application.ApplicationProcess.*;

import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.application.ApplicationStatus;
import cn.szftu.studio.application.DecisionOutcome;
import cn.szftu.studio.application.DecisionStep;
import cn.szftu.studio.batch.BatchNotifier;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Entering a stage moves the application's status, which the applicant sees on 我的申报. */
@Component("applicationStage")
public class ApplicationStageListener implements ExecutionListener {

  static final Map<String, ApplicationStatus> STAGES = Map.of(
      CHECK_ELIGIBILITY, ApplicationStatus.SUBMITTED,
      RECOMMEND, ApplicationStatus.AWAITING_RECOMMENDATION,
      INITIAL_REVIEW, ApplicationStatus.AWAITING_INITIAL_REVIEW,
      EXPERT_EVALUATION, ApplicationStatus.EXPERT_EVALUATION,
      AWAIT_NAMING_DECISION, ApplicationStatus.EVALUATED);

  private final ApplicationService applications;
  private final BatchNotifier batches;

  public ApplicationStageListener(ApplicationService applications, BatchNotifier batches) {
    this.applications = applications;
    this.batches = batches;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ApplicationStatus status = STAGES.get(execution.getCurrentActivityId());
    if (status == null) {
      throw new IllegalStateException("no stage for " + execution.getCurrentActivityId());
    }
    long applicationId = (Long) execution.getVariable(VAR_APPLICATION_ID);
    applications.enterStage(applicationId, status);
    if (status == ApplicationStatus.EVALUATED) {
      // The score itself stays in the evaluation until the batch decision publishes it.
      applications.record(applications.get(applicationId), DecisionStep.EXPERT_EVALUATION, DecisionOutcome.EVALUATED,
          null, null, null);
      batches.applicationSettled(applications.get(applicationId).getBatchCode());
    }
  }
}
