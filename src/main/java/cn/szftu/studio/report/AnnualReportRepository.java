package cn.szftu.studio.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnnualReportRepository extends JpaRepository<AnnualReport, Long> {

  Optional<AnnualReport> findByStudioIdAndReportYear(long studioId, int reportYear);

  boolean existsByStudioIdAndReportYear(long studioId, int reportYear);

  List<AnnualReport> findByStudioIdOrderByReportYearAsc(long studioId);
}
