package cn.szftu.studio.registry;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StudioEventRepository extends JpaRepository<StudioEvent, Long> {

  List<StudioEvent> findByStudioIdOrderByOccurredAtAscIdAsc(long studioId);
}
