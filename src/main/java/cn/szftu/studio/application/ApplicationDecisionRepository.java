package cn.szftu.studio.application;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationDecisionRepository extends JpaRepository<ApplicationDecision, Long> {

  List<ApplicationDecision> findByApplicationIdOrderByDecidedAtAscIdAsc(Long applicationId);

  long countByApplicationIdAndStepAndOutcome(Long applicationId, DecisionStep step, DecisionOutcome outcome);
}
