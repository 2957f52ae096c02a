package cn.szftu.studio.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Moves the engine's clock for one test and runs the jobs that fall due for one process instance. The job executor is
 * paused meanwhile: the tests share one database, and weeks or years ahead every other test's timers (batch windows,
 * other studios' reports and re-assessments) would fall due too. Closing puts the clock back where it was (business
 * time) and resumes the job executor if it was running.
 */
public final class EngineTime implements AutoCloseable {

  private static final int MAX_ROUNDS = 20;

  private final ManagementService management;
  private final JobExecutor jobExecutor;
  private final long previousOffset;
  private final boolean executorWasRunning;

  private EngineTime(ProcessEngine engine) {
    this.management = engine.getManagementService();
    this.jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    this.previousOffset = ClockUtil.now().getTime() - System.currentTimeMillis();
    this.executorWasRunning = jobExecutor.isActive();
    jobExecutor.shutdown();
  }

  public static EngineTime takeOver(ProcessEngine engine) {
    return new EngineTime(engine);
  }

  /** A Beijing local date-time such as {@code 2026-12-11T18:00} as an instant. */
  public static Instant beijing(String localDateTime) {
    return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
  }

  /** The instance's jobs that would be due at {@code moment}, without running them. */
  public static List<Job> dueAt(ProcessEngine engine, String processInstanceId, Instant moment) {
    try (EngineTime time = takeOver(engine).at(moment)) {
      return time.executable(processInstanceId);
    }
  }

  /** Runs the instance's jobs due at {@code moment} (one pass); answers how many ran. */
  public static int runDueAt(ProcessEngine engine, String processInstanceId, Instant moment) {
    try (EngineTime time = takeOver(engine).at(moment)) {
      List<Job> due = time.executable(processInstanceId);
      due.forEach(job -> time.management.executeJob(job.getId()));
      return due.size();
    }
  }

  /** Sets the engine's clock to a Beijing local date-time such as {@code 2026-12-11T18:00}. */
  public EngineTime at(String localDateTime) {
    return at(beijing(localDateTime));
  }

  public EngineTime at(Instant moment) {
    ClockUtil.setCurrentTime(Date.from(moment));
    return this;
  }

  /** Executes the instance's jobs that are due now, and those they make due, until none is left; answers how many. */
  public int runDueJobs(String processInstanceId) {
    int executed = 0;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<Job> due = executable(processInstanceId);
      if (due.isEmpty()) {
        return executed;
      }
      for (Job job : due) {
        management.executeJob(job.getId());
        executed++;
      }
    }
    throw new AssertionError("jobs of " + processInstanceId + " keep falling due");
  }

  private List<Job> executable(String processInstanceId) {
    return management.createJobQuery().processInstanceId(processInstanceId).executable().list();
  }

  @Override
  public void close() {
    ClockUtil.offset(previousOffset);
    if (executorWasRunning) {
      jobExecutor.start();
    }
  }
}
