package cn.szftu.studio.support;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngine;

/** Waits for process instances that end in a job of the job executor (an asynchronous continuation), not in the call. */
public final class ProcessEnds {

  private static final Duration LIMIT = Duration.ofSeconds(60);

  private ProcessEnds() {
  }

  /** Returns once none of the instances is running any more; fails after a minute. */
  public static void await(ProcessEngine engine, String... processInstanceIds) {
    Instant until = Instant.now().plus(LIMIT);
    while (engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(java.util.Set.of(
        processInstanceIds)).count() > 0) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("process instances still running after " + LIMIT.toSeconds() + " s: "
            + String.join(", ", processInstanceIds));
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
