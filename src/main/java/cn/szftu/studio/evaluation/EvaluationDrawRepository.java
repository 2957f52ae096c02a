package cn.szftu.studio.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationDrawRepository extends JpaRepository<EvaluationDraw, Long> {

  List<EvaluationDraw> findByEvaluationIdOrderByDrawNoAsc(long evaluationId);
}
