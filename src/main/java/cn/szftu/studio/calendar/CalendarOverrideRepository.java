package cn.szftu.studio.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CalendarOverrideRepository extends JpaRepository<CalendarOverride, LocalDate> {

  List<CalendarOverride> findByYearNumberOrderByDate(int yearNumber);

  // Flushed and cleared so that rows re-inserted for the same dates in the same transaction do not clash with
  // entities still held by the persistence context.
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("delete from CalendarOverride o where o.yearNumber = :year")
  int deleteByYear(@Param("year") int year);
}
