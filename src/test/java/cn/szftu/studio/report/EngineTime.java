package cn.szftu.studio.report;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Moves the engine's clock for one test and runs the jobs that fall due for one process instance. The job executor is
 * stopped meanwhile: the tests share one database, and months ahead every other test's timers would fall due too.
 * Closing puts the engine back on business time (BusinessTime's offset) and restarts the job executor.
 */
final class EngineTime implements AutoCloseable {

  private final ProcessEngine engine;
  private final Clock businessClock;
  private final JobExecutor jobExecutor;

  private EngineTime(ProcessEngine engine, Clock businessClock) {
    this.engine = engine;
    this.businessClock = businessClock;
    this.jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    jobExecutor.shutdown();
  }

  static EngineTime takeOver(ProcessEngine engine, Clock businessClock) {
    return new EngineTime(engine, businessClock);
  }

  static Instant beijing(String localDateTime) {
    return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
  }

  /** Sets the engine's clock to a Beijing local date-time such as {@code 2026-12-11T18:00}. */
  EngineTime at(String localDateTime) {
    ClockUtil.setCurrentTime(Date.from(beijing(localDateTime)));
    return this;
  }

  /** Executes the instance's jobs that are due now, and those they make due, until none is left; answers how many. */
  int runDueJobs(String processInstanceId) {
    int executed = 0;
    for (int round = 0; round < 20; round++) {
      java.util.List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
          .executable().list();
      if (due.isEmpty()) {
        return executed;
      }
      for (Job job : due) {
        engine.getManagementService().executeJob(job.getId());
        executed++;
      }
    }
    throw new AssertionError("jobs of " + processInstanceId + " keep falling due");
  }

  @Override
  public void close() {
    ClockUtil.offset(businessClock.millis() - System.currentTimeMillis());
    jobExecutor.start();
  }
}
