package cn.szftu.studio.naming.process;

import static cn.szftu.studio.batch.NamingBatchProcess.*;

import cn.szftu.studio.naming.NamingBatchService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ranks the batch (BatchRanking) and records each application's place and outcome. */
@Component("batchRankingDelegate")
public class BatchRankingDelegate implements JavaDelegate {

  private final NamingBatchService batches;

  public BatchRankingDelegate(NamingBatchService batches) {
    this.batches = batches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    batches.rank((String) execution.getVariable(VAR_BATCH_CODE));
  }
}
