package cn.szftu.studio.change;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StudioChangeDecisionRepository extends JpaRepository<StudioChangeDecision, Long> {

  List<StudioChangeDecision> findByChangeIdOrderByDecidedAtAscIdAsc(long changeId);
}
