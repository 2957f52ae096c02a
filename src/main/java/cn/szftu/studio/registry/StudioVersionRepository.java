package cn.szftu.studio.registry;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StudioVersionRepository extends JpaRepository<StudioVersion, Long> {

  List<StudioVersion> findByStudioIdOrderByVersionNoAsc(long studioId);
}
