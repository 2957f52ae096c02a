package cn.szftu.studio.change;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StudioChangeRepository extends JpaRepository<StudioChange, Long> {

  List<StudioChange> findByStudioIdAndStatusIn(long studioId, Collection<ChangeStatus> statuses);

  List<StudioChange> findByStudioIdOrderByRequestedAtAsc(long studioId);
}
