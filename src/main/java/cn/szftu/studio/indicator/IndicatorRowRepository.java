package cn.szftu.studio.indicator;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorRowRepository extends JpaRepository<IndicatorRow, Long> {

  List<IndicatorRow> findBySetVersionOrderBySortOrderAsc(String setVersion);

  long countBySetVersion(String setVersion);
}
