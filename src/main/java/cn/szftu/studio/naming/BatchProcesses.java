package cn.szftu.studio.naming;

import cn.szftu.studio.batch.BatchStage;
import cn.szftu.studio.batch.NamingBatch;
import cn.szftu.studio.batch.NamingBatchProcess;
import cn.szftu.studio.batch.NamingBatchRepository;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every batch runs as a naming-batch process. Batches opened from Tasklist have one from the start; a batch
 * configured in application.yaml (the demo's 2026 batch) gets its process at start-up; an already named one (the
 * demo's 2025 batch, demo.DemoStudios) needs none.
 */
@Component
public class BatchProcesses {

  private static final Logger log = LoggerFactory.getLogger(BatchProcesses.class);

  private final NamingBatchRepository batches;
  private final RuntimeService runtimeService;

  public BatchProcesses(NamingBatchRepository batches, RuntimeService runtimeService) {
    this.batches = batches;
    this.runtimeService = runtimeService;
  }

  /** Starts the process of each batch that has none; answers how many were started. */
  public int startMissing() {
    int started = 0;
    for (NamingBatch batch : batches.findAllByOrderByYearDesc()) {
      // A batch named before this system ran (the demo's 2025 batch) has nothing left to run.
      if (batch.getProcessInstanceId() == null && batch.getStage() != BatchStage.NAMED) {
        runtimeService.startProcessInstanceByKey(NamingBatchProcess.KEY, batch.getCode(),
            Map.of(NamingBatchProcess.VAR_BATCH_CODE, batch.getCode()));
        started++;
      }
    }
    log.info("Naming batch processes: {} started", started);
    return started;
  }
}
