package cn.szftu.studio.batch;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a batch's process that something it may be waiting for happened: an application settled, an objection was
 * concluded. Both the batch's own check and these notices lock the batch row first, so a notice can never fall
 * between the batch's check and its wait: whichever commits second sees the other's work.
 */
@Component
public class BatchNotifier {

  private final NamingBatchRepository batches;
  private final RuntimeService runtimeService;

  public BatchNotifier(NamingBatchRepository batches, RuntimeService runtimeService) {
    this.batches = batches;
    this.runtimeService = runtimeService;
  }

  @Transactional
  public void applicationSettled(String batchCode) {
    notify(batchCode, NamingBatchProcess.MESSAGE_APPLICATION_SETTLED);
  }

  @Transactional
  public void objectionConcluded(String batchCode) {
    notify(batchCode, NamingBatchProcess.MESSAGE_OBJECTION_CONCLUDED);
  }

  private void notify(String batchCode, String message) {
    batches.lock(batchCode);
    // No batch waiting (its window still open, or already past this stage): nothing to tell, and that is fine.
    runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(batchCode).correlateAll();
  }
}
