package cn.szftu.studio.change;

import cn.szftu.studio.registry.Studio;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The studio row locked for the rest of the transaction: two requests for the same studio submitted at once are
 * decided one after the other, so only one of them can become its open change.
 */
interface LockedStudios extends Repository<Studio, Long> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select s from Studio s where s.namingNumber = ?1")
  Optional<Studio> lockByNamingNumber(String namingNumber);
}
