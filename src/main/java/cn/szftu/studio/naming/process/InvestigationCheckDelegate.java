package cn.szftu.studio.naming.process;

import static cn.szftu.studio.batch.NamingBatchProcess.*;

import cn.szftu.studio.naming.NamingBatchService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After the notice, and after each concluded objection: is any objection still under investigation? */
@Component("investigationCheck")
public class InvestigationCheckDelegate implements JavaDelegate {

  private final NamingBatchService batches;

  public InvestigationCheckDelegate(NamingBatchService batches) {
    this.batches = batches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(VAR_INVESTIGATIONS_DONE,
        batches.investigationsDone((String) execution.getVariable(VAR_BATCH_CODE)));
  }
}
