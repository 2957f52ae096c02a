package cn.szftu.studio.naming.process;

import static cn.szftu.studio.batch.NamingBatchProcess.*;

import cn.szftu.studio.naming.NamingBatchService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After the window closes, and after each settled application: is anything of the batch still in progress? */
@Component("settlementCheck")
public class SettlementCheckDelegate implements JavaDelegate {

  private final NamingBatchService batches;

  public SettlementCheckDelegate(NamingBatchService batches) {
    this.batches = batches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(VAR_ALL_SETTLED, batches.allSettled((String) execution.getVariable(VAR_BATCH_CODE)));
  }
}
