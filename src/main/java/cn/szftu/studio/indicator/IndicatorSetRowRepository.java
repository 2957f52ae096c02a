package cn.szftu.studio.indicator;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorSetRowRepository extends JpaRepository<IndicatorSetRow, String> {

  List<IndicatorSetRow> findAllByOrderByLoadedAtAscVersionAsc();

  Optional<IndicatorSetRow> findFirstByDefaultSetTrue();

  List<IndicatorSetRow> findByDefaultSetTrue();
}
