package cn.szftu.studio.revocation;

import cn.szftu.studio.registry.Studio;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Row locks on studios while a revocation starts, so two starts for the same studio (or a single and a batch
 * revocation) cannot both find "none in progress" and both begin.
 */
interface StudioLocks extends Repository<Studio, Long> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select s from Studio s where s.id = ?1")
  Optional<Studio> lockById(long id);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select s from Studio s where s.namingNumber = ?1")
  Optional<Studio> lockByNamingNumber(String namingNumber);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select s from Studio s where s.batchCode = ?1 order by s.namingNumber")
  List<Studio> lockByBatchCode(String batchCode);
}
