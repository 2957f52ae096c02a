package cn.szftu.studio.batch;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface BatchQuotaRepository extends JpaRepository<BatchQuota, BatchQuota.Key> {

  java.util.List<BatchQuota> findByBatchCode(String batchCode);

  /** Locks the quota row so two reviewers of one union cannot both take the last place. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select q from BatchQuota q where q.batchCode = ?1 and q.unionCode = ?2")
  Optional<BatchQuota> lockQuota(String batchCode, String unionCode);
}
