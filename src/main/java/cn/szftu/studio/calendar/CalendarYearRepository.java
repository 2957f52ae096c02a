package cn.szftu.studio.calendar;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarYearRepository extends JpaRepository<CalendarYear, Integer> {
}
