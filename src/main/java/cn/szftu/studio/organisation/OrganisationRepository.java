package cn.szftu.studio.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, String> {

  List<Organisation> findByKindAndActiveTrueOrderBySortOrder(OrganisationKind kind);

  List<Organisation> findByParentCodeAndActiveTrueOrderBySortOrder(String parentCode);
}
