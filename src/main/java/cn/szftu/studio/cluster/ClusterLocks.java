package cn.szftu.studio.cluster;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Work that must not run twice at the same time anywhere in the cluster (on PostgreSQL; on H2, a single node, the
 * work just runs). Periodic work is skipped by whoever finds the lock taken ({@link #runIfFree}); check-then-write
 * work without a database key to stop a duplicate waits for its turn ({@link #runExclusively}).
 */
@Component
public class ClusterLocks {

  /** The overdue-task scan ({@code mail.task.OverdueTaskScan}). */
  public static final long OVERDUE_TASK_SCAN = 0x5354_5544_494f_0002L;
  /** Tasklist filter synchronisation ({@code tasklist.TasklistFilterSynchronizer}). */
  public static final long TASKLIST_FILTERS = 0x5354_5544_494f_0003L;

  private final DataSource dataSource;

  public ClusterLocks(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Waits until no one else runs work under this key, then runs it; answers what the work answers. */
  public <T> T runExclusively(long key, String name, Supplier<T> work) {
    ClusterLock lock = new ClusterLock(dataSource, key, name);
    lock.acquire();
    try {
      return work.get();
    } finally {
      lock.release();
    }
  }

  /** Runs the work unless another node is running it now; answers whether it ran here. */
  public boolean runIfFree(long key, String name, Runnable work) {
    ClusterLock lock = new ClusterLock(dataSource, key, name);
    if (!lock.tryAcquire()) {
      return false;
    }
    try {
      work.run();
      return true;
    } finally {
      lock.release();
    }
  }
}
