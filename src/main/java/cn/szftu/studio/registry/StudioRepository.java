package cn.szftu.studio.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StudioRepository extends JpaRepository<Studio, Long> {

  Optional<Studio> findByNamingNumber(String namingNumber);

  Optional<Studio> findByApplicationId(long applicationId);

  List<Studio> findByBatchCodeOrderByNamingNumberAsc(String batchCode);

  List<Studio> findAllByOrderByNamingNumberAsc();

  long countByBatchCode(String batchCode);
}
