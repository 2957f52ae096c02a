package cn.szftu.studio.naming.process;

import static cn.szftu.studio.batch.NamingBatchProcess.*;

import cn.szftu.studio.application.ApplicationProcess;
import cn.szftu.studio.batch.EntryOutcome;
import cn.szftu.studio.naming.NamingBatchService;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Names the remaining studios into the registry and ends every evaluated application with its outcome. */
@Component("batchNaming")
public class BatchNamingDelegate implements JavaDelegate {

  private final NamingBatchService batches;
  private final RuntimeService runtimeService;

  public BatchNamingDelegate(NamingBatchService batches, RuntimeService runtimeService) {
    this.batches = batches;
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String code = (String) execution.getVariable(VAR_BATCH_CODE);
    Map<Long, EntryOutcome> outcomes = batches.name(code, (String) execution.getVariable(VAR_DECISION_NUMBER),
        LocalDate.parse((String) execution.getVariable(VAR_DECISION_DATE)), null);
    outcomes.forEach((applicationId, outcome) -> runtimeService
        .createMessageCorrelation(ApplicationProcess.MESSAGE_NAMING_DECIDED)
        .processInstanceBusinessKey(batches.applicationNumber(applicationId))
        .setVariable(ApplicationProcess.VAR_NAMING_OUTCOME, outcome.name())
        .correlateWithResult());
  }
}
