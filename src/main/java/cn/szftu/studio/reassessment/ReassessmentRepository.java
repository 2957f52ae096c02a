package cn.szftu.studio.reassessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReassessmentRepository extends JpaRepository<Reassessment, Long> {

  List<Reassessment> findByStudioIdOrderByRoundAsc(long studioId);

  Optional<Reassessment> findByProcessInstanceIdAndStatus(String processInstanceId, ReassessmentStatus status);
}
