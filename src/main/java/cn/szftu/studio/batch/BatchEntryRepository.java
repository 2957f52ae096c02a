package cn.szftu.studio.batch;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BatchEntryRepository extends JpaRepository<BatchEntry, Long> {

  List<BatchEntry> findByBatchCodeOrderByIdAsc(String batchCode);

  List<BatchEntry> findByBatchCodeAndOnNoticeTrueOrderByRankAsc(String batchCode);

  Optional<BatchEntry> findByApplicationId(long applicationId);
}
