package cn.szftu.studio.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

  Optional<Evaluation> findByProcessInstanceId(String processInstanceId);

  List<Evaluation> findByApplicationIdOrderByIdAsc(long applicationId);

  List<Evaluation> findByApplicationIdAndPurposeOrderByIdAsc(long applicationId, EvaluationPurpose purpose);

  List<Evaluation> findByApplicationIdInAndPurposeOrderByIdAsc(java.util.Collection<Long> applicationIds,
      EvaluationPurpose purpose);
}
