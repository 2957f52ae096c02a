package cn.szftu.studio.cluster;

import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Serialises the start-up of several nodes on one PostgreSQL database. Two nodes started at the same moment on an
 * empty database would otherwise race in every start-up step, and each step was written for one node restarting:
 * the engine's schema creation (both see no tables, the second fails on "relation already exists" and stops), the
 * naming-batch process of a configured batch (both see none and start one each), users, groups, grants, Tasklist
 * filters, indicator sets, holiday overrides (check-then-insert, the second fails on a key and stops).
 *
 * <p>The lock is taken when the process engine starts to build (before it creates or updates its schema and
 * auto-deploys) and held through every {@link ApplicationRunner} and the start-up listeners of
 * {@link ApplicationReadyEvent}; it is released last, once this node is ready. A second node therefore waits and then
 * finds everything in place, exactly as on a restart. Flyway takes its own advisory lock for migrations and Camunda
 * its own row lock ({@code deployment.lock}) for every deployment, so those are safe on their own as well.
 * A node that dies while starting loses the lock with its connection.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ClusterStartup extends AbstractProcessEnginePlugin implements ApplicationRunner, DisposableBean {

  /** Advisory lock key of the start-up ("studio" start-up); other keys live in {@link ClusterLocks}. */
  static final long KEY = 0x5354_5544_494f_0001L;
  private static final Logger log = LoggerFactory.getLogger(ClusterStartup.class);

  private final ClusterLock lock;
  private long startedAt;

  public ClusterStartup(DataSource dataSource) {
    this.lock = new ClusterLock(dataSource, KEY, "start-up");
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    take();
  }

  /** For a context without a process engine build (taken already otherwise). */
  @Override
  public void run(ApplicationArguments args) {
    take();
  }

  /** After every other start-up listener, so that those run under the lock too. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.LOWEST_PRECEDENCE)
  public void ready() {
    if (lock.isHeld()) {
      log.info("Start-up finished; cluster start-up lock held for {} ms", (System.nanoTime() - startedAt) / 1_000_000);
    }
    lock.release();
  }

  /** A start-up that fails releases the lock for the other nodes. */
  @Override
  public void destroy() {
    lock.release();
  }

  boolean isHeld() {
    return lock.isHeld();
  }

  private void take() {
    if (!lock.isHeld() && lock.acquire()) {
      startedAt = System.nanoTime();
    }
  }
}
