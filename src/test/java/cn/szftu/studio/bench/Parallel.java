package cn.szftu.studio.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Works a list of items off with a fixed number of clients, as that many users working at once would. */
final class Parallel {

  private Parallel() {
  }

  static <T> void run(int clients, List<T> items, Consumer<T> work) {
    ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>(items);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, clients));
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < Math.max(1, clients); i++) {
        futures.add(pool.submit(() -> {
          T item;
          while ((item = queue.poll()) != null) {
            work.accept(item);
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      queue.clear();
      throw new IllegalStateException("a client failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
