package cn.szftu.studio.reassessment;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Moves the engine clock to a later moment just long enough to run one process instance's jobs that are due then, and
 * back. The job executor is paused meanwhile: the shared test database holds many instances with timers (batch
 * windows, other studios' re-assessments), and none of them may fire because one test looked into the future.
 */
final class EngineTime {

  private EngineTime() {
  }

  /** The instance's jobs that would be due at {@code moment}, without running them. */
  static List<Job> dueAt(ProcessEngine engine, String processInstanceId, Instant moment) {
    return at(engine, moment, () -> executable(engine.getManagementService(), processInstanceId));
  }

  /** Runs the instance's jobs due at {@code moment}; answers how many ran. */
  static int runDueAt(ProcessEngine engine, String processInstanceId, Instant moment) {
    return at(engine, moment, () -> {
      ManagementService management = engine.getManagementService();
      List<Job> due = executable(management, processInstanceId);
      due.forEach(job -> management.executeJob(job.getId()));
      return due.size();
    });
  }

  private static List<Job> executable(ManagementService management, String processInstanceId) {
    return management.createJobQuery().processInstanceId(processInstanceId).executable().list();
  }

  private static <T> T at(ProcessEngine engine, Instant moment, java.util.function.Supplier<T> action) {
    JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    long offset = ClockUtil.now().getTime() - System.currentTimeMillis();
    boolean running = executor.isActive();
    executor.shutdown();
    try {
      ClockUtil.offset(moment.toEpochMilli() - System.currentTimeMillis());
      return action.get();
    } finally {
      ClockUtil.offset(offset);
      if (running) {
        executor.start();
      }
    }
  }
}
