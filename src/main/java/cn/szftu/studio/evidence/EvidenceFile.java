package cn.szftu.studio.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.Persistable;

/**
 * One evidence file (证明材料) of an application, content included. Lists never load this entity (see
 * {@link EvidenceSummary}), so the bytes are read only for a download.
 */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile implements Persistable<String> {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "application_id", nullable = false)
  private Long applicationId;

  @Column(name = "original_name", nullable = false, length = EvidenceLimits.MAX_NAME_LENGTH)
  private String originalName;

  @Column(name = "content_type", nullable = false, length = 50)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(length = EvidenceLimits.MAX_DESCRIPTION_LENGTH)
  private String description;

  @Column(name = "uploaded_by", nullable = false, length = 64)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  /**
   * VARBINARY, not @Lob: Hibernate maps a @Lob byte[] to oid (large objects) on PostgreSQL, which would leave orphans
   * behind on delete; VARBINARY is bytea there and BINARY VARYING on H2, both created by "bytea" in V4.
   */
  @JdbcTypeCode(SqlTypes.VARBINARY)
  @Column(nullable = false, length = EvidenceLimits.MAX_FILE_BYTES)
  private byte[] content;

  /** The id is assigned here, not by the database; this tells Spring Data to insert instead of merging a copy. */
  @Transient
  private boolean stored;

  protected EvidenceFile() {
  }

  EvidenceFile(String id, Long applicationId, String originalName, EvidenceType type, byte[] content, String sha256,
      String description, String uploadedBy, Instant uploadedAt) {
    this.id = id;
    this.applicationId = applicationId;
    this.originalName = originalName;
    this.contentType = type.contentType();
    this.sizeBytes = content.length;
    this.sha256 = sha256;
    this.description = description;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
    this.content = content;
  }

  @Override
  public String getId() {
    return id;
  }

  @Override
  public boolean isNew() {
    return !stored;
  }

  @PostLoad
  @PostPersist
  void markStored() {
    stored = true;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public String getOriginalName() {
    return originalName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public String getDescription() {
    return description;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public byte[] getContent() {
    return content;
  }
}
