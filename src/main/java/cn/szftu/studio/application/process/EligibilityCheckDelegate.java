package cn.szftu.studio.application.process;

import static cn.szftu.studio.application.ApplicationProcess.*;

import cn.szftu.studio.application.ApplicationService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CheckEligibility: runs the studio-eligibility DMN; all failed conditions go to the applicant at once. */
@Component("eligibilityCheckDelegate")
public class EligibilityCheckDelegate implements JavaDelegate {

  private final ApplicationService applications;

  public EligibilityCheckDelegate(ApplicationService applications) {
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> failures = applications.checkEligibility((Long) execution.getVariable(VAR_APPLICATION_ID));
    execution.setVariable(VAR_ELIGIBLE, failures.isEmpty());
    if (!failures.isEmpty()) {
      execution.setVariable(VAR_RETURNED_BY, ReturnedBy.ELIGIBILITY.name());
      execution.setVariable(VAR_CORRECTION_REASONS, "不符合以下申报条件：" + String.join("；", failures));
    }
  }
}
