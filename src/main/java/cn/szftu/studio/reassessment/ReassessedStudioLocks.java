package cn.szftu.studio.reassessment;

import cn.szftu.studio.registry.Studio;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Locks a studio's registry row, so that two starters (nodes, or naming and start-up) never both start its process. */
interface ReassessedStudioLocks extends Repository<Studio, Long> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select s from Studio s where s.id = :id")
  Optional<Studio> lock(@Param("id") long id);
}
