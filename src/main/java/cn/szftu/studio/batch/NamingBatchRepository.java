package cn.szftu.studio.batch;

import java.time.Instant;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NamingBatchRepository extends JpaRepository<NamingBatch, String> {

  /** Batches whose window contains the moment, newest first. */
  @Query("select b from NamingBatch b where b.windowOpensAt <= ?1 and b.windowClosesAt > ?1 order by b.year desc")
  List<NamingBatch> openAt(Instant moment);

  List<NamingBatch> findAllByOrderByYearDesc();

  /** Locks the batch row until the transaction ends (see BatchNotifier). */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select b from NamingBatch b where b.code = ?1")
  Optional<NamingBatch> lock(String code);
}
