package cn.szftu.studio.eligibility;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReapplicationBanRepository extends JpaRepository<ReapplicationBan, Long> {

  /** Bans in force on the day for the unit, either for the whole unit or for this leader. */
  @Query("select b from ReapplicationBan b where b.hostUnitCode = ?1 and b.bannedUntil >= ?3 "
      + "and (b.leaderName is null or b.leaderName = ?2) order by b.bannedUntil desc")
  List<ReapplicationBan> inForce(String hostUnitCode, String leaderName, LocalDate day);
}
