package cn.szftu.studio.revocation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StudioRevocationRepository extends JpaRepository<StudioRevocation, Long> {

  boolean existsByStudioIdAndStatus(long studioId, RevocationStatus status);

  List<StudioRevocation> findByStudioIdInAndStatus(Collection<Long> studioIds, RevocationStatus status);

  List<StudioRevocation> findByBatchRevocationIdOrderByIdAsc(long batchRevocationId);

  List<StudioRevocation> findByStudioIdOrderByIdAsc(long studioId);
}
