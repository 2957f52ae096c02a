package cn.szftu.studio.evidence;

import cn.szftu.studio.application.Application;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Locks the application's row while a file is added or removed, so two uploads at the same moment cannot both pass
 * the per-application count and size limits, and the status checked is the status the change happens under.
 */
interface ApplicationRowLock extends Repository<Application, Long> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select a from Application a where a.number = ?1")
  Optional<Application> lockByNumber(String number);
}
