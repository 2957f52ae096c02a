package cn.szftu.studio.notice;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObjectionRepository extends JpaRepository<Objection, Long> {

  List<Objection> findByApplicationIdOrderByLodgedAtAsc(long applicationId);

  long countByBatchCodeAndStatusIn(String batchCode, Collection<ObjectionStatus> statuses);

  long countByRemoteAddressAndLodgedAtAfter(String remoteAddress, Instant since);

  long countByBatchCode(String batchCode);
}
