package cn.szftu.studio.expert;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExpertRepository extends JpaRepository<Expert, String> {

  List<Expert> findAllByOrderById();

  List<Expert> findByActiveTrueOrderById();
}
