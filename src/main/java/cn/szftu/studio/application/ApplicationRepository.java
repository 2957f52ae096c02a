package cn.szftu.studio.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationRepository extends JpaRepository<Application, Long> {

  List<Application> findByBatchCodeOrderByIdAsc(String batchCode);

  long countByBatchCodeAndStatusIn(String batchCode, Collection<ApplicationStatus> statuses);

  Optional<Application> findByNumber(String number);

  List<Application> findByHostUnitCodeInOrderBySubmittedAtDescIdDesc(Collection<String> hostUnitCodes);

  long countByBatchCodeAndUnionCodeAndRecommendedTrueAndStatusNotIn(String batchCode, String unionCode,
      Collection<ApplicationStatus> statuses);
}
