package cn.szftu.studio.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.support.PostgresIntegrationTest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The advisory locks the nodes of a cluster coordinate with, on the real PostgreSQL server. */
class ClusterLockIT extends PostgresIntegrationTest {

  /** A key of this test only, so nothing the application runs meanwhile is held up. */
  static final long KEY = 0x5354_5544_494f_7e57L;

  @Autowired
  DataSource dataSource;
  @Autowired
  ClusterLocks locks;
  @Autowired
  ClusterStartup startup;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aHeldLockIsRefusedToOthersUntilReleased() {
    ClusterLock first = new ClusterLock(dataSource, KEY, "test");
    ClusterLock second = new ClusterLock(dataSource, KEY, "test");
    assertThat(first.acquire()).isTrue();
    try {
      assertThat(second.tryAcquire()).as("held by the first").isFalse();
      AtomicBoolean ran = new AtomicBoolean();
      assertThat(locks.runIfFree(KEY, "test", () -> ran.set(true))).isFalse();
      assertThat(ran).as("periodic work skipped while another holder runs it").isFalse();
    } finally {
      first.release();
    }
    assertThat(second.tryAcquire()).as("free after release").isTrue();
    second.release();
    assertThat(advisoryLocks()).as("nothing left behind on pooled connections").isZero();
  }

  @Test
  void exclusiveWorkWaitsForTheHolder() throws Exception {
    ClusterLock holder = new ClusterLock(dataSource, KEY, "test");
    holder.acquire();
    CompletableFuture<String> waiting;
    try {
      waiting = CompletableFuture.supplyAsync(() -> locks.runExclusively(KEY, "test", () -> "ran"));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (jdbc.queryForObject("select count(*) from pg_locks where locktype = 'advisory' and not granted"
          + " and objid::bigint = ?", Long.class, KEY & 0xffff_ffffL) == 0) {
        assertThat(System.nanoTime()).as("the second caller queues on the lock").isLessThan(deadline);
        Thread.sleep(20);
      }
      assertThat(waiting).isNotDone();
    } finally {
      holder.release();
    }
    assertThat(waiting.get(30, TimeUnit.SECONDS)).isEqualTo("ran");
    assertThat(advisoryLocks()).isZero();
  }

  @Test
  void theStartUpLockIsReleasedOnceTheApplicationIsReady() {
    assertThat(startup.isHeld()).isFalse();
    ClusterLock other = new ClusterLock(dataSource, ClusterStartup.KEY, "test");
    assertThat(other.tryAcquire()).as("another node could start now").isTrue();
    other.release();
  }

  private long advisoryLocks() {
    return jdbc.queryForObject("select count(*) from pg_locks where locktype = 'advisory' and objid::bigint = ?",
        Long.class, KEY & 0xffff_ffffL);
  }
}
