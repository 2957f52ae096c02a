package cn.szftu.studio.cluster;

import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Periodic work that needs to run on one node at a time. Each node schedules it; whoever finds the lock free does
 * the run, the others skip this turn. The work must be safe without the lock as well (it is, on a single node and
 * on H2); the lock spares the other nodes the duplicate work and the key conflicts it would end in.
 */
@Component
public class ClusterLocks {

  /** The overdue-task scan ({@code mail.task.OverdueTaskScan}). */
  public static final long OVERDUE_TASK_SCAN = 0x5354_5544_494f_0002L;

  private final DataSource dataSource;

  public ClusterLocks(DataSource dataSource) {
    this.dataSource = dataSource;
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
