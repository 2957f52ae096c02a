package cn.szftu.studio.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationMemberRepository extends JpaRepository<EvaluationMember, Long> {

  List<EvaluationMember> findByEvaluationIdOrderBySeatAscIdAsc(long evaluationId);

  List<EvaluationMember> findByExpertIdOrderByIdAsc(String expertId);
}
