package cn.szftu.studio.evidence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Every lookup by file id also names the application, so an id never reaches another application's file. */
interface EvidenceFileRepository extends JpaRepository<EvidenceFile, String> {

  @Query("select new cn.szftu.studio.evidence.EvidenceSummary(f.id, f.originalName, f.contentType, f.sizeBytes, "
      + "f.sha256, f.description, f.uploadedBy, f.uploadedAt) from EvidenceFile f where f.applicationId = ?1 "
      + "order by f.uploadedAt, f.id")
  List<EvidenceSummary> summaries(Long applicationId);

  long countByApplicationId(Long applicationId);

  @Query("select coalesce(sum(f.sizeBytes), 0L) from EvidenceFile f where f.applicationId = ?1")
  long totalBytes(Long applicationId);

  @Query("select f.originalName from EvidenceFile f where f.applicationId = ?1 and f.sha256 = ?2")
  List<String> namesWithSameContent(Long applicationId, String sha256);

  Optional<EvidenceFile> findByIdAndApplicationId(String id, Long applicationId);

  @Query("select f.originalName from EvidenceFile f where f.id = ?1 and f.applicationId = ?2")
  Optional<String> nameInApplication(String id, Long applicationId);

  @Modifying
  @Query("delete from EvidenceFile f where f.id = ?1 and f.applicationId = ?2")
  int deleteFromApplication(String id, Long applicationId);
}
