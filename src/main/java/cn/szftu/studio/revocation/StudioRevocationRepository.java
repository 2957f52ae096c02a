package cn.szftu.studio.revocation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StudioRevocationRepository extends JpaRepository<StudioRevocation, Long> {

  boolean existsByStudioIdAndStatus(long studioId, RevocationStatus status);

  List<StudioRevocation> findByStudioIdInAndStatus(Collection<Long> studioIds, RevocationStatus status);

  List<StudioRevocation> findByBatchRevocationIdOrderByIdAsc(long batchRevocationId);

  List<StudioRevocation> findByStudioIdOrderByIdAsc(long studioId);

  Optional<StudioRevocation> findByExecutionId(String executionId);

  Optional<StudioRevocation> findByProcessInstanceIdAndBatchRevocationIdIsNull(String processInstanceId);
}
