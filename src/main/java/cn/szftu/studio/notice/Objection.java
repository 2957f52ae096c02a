package cn.szftu.studio.notice;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A real-name objection against one studio on the public notice, and its investigation. */
@Entity
@Table(name = "objection")
public class Objection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 20)
  private String reference;

  @Column(name = "batch_code", nullable = false, length = 20)
  private String batchCode;

  @Column(name = "application_id", nullable = false)
  private Long applicationId;

  @Column(name = "objector_name", nullable = false, length = 50)
  private String objectorName;

  @Column(name = "objector_mobile", nullable = false, length = 20)
  private String objectorMobile;

  @Column(nullable = false, length = 5000)
  private String facts;

  @Basic(fetch = FetchType.LAZY)
  @JdbcTypeCode(SqlTypes.VARBINARY)
  @Column(columnDefinition = "bytea")
  private byte[] evidence;

  @Column(name = "evidence_name", length = 200)
  private String evidenceName;

  @Column(name = "evidence_type", length = 50)
  private String evidenceType;

  @Column(name = "remote_address", nullable = false, length = 64)
  private String remoteAddress;

  @Column(name = "lodged_at", nullable = false)
  private Instant lodgedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ObjectionStatus status;

  @Column(name = "union_findings", length = 2000)
  private String unionFindings;

  @Column(name = "union_user", length = 64)
  private String unionUser;

  @Column(length = 2000)
  private String conclusion;

  @Column(name = "concluded_by", length = 64)
  private String concludedBy;

  @Column(name = "concluded_at")
  private Instant concludedAt;

  @Version
  @Column(nullable = false)
  private int version;

  protected Objection() {
  }

  Objection(String reference, String batchCode, long applicationId, String objectorName, String objectorMobile,
      String facts, byte[] evidence, String evidenceName, String evidenceType, String remoteAddress,
      Instant lodgedAt) {
    this.reference = reference;
    this.batchCode = batchCode;
    this.applicationId = applicationId;
    this.objectorName = objectorName;
    this.objectorMobile = objectorMobile;
    this.facts = facts;
    this.evidence = evidence;
    this.evidenceName = evidenceName;
    this.evidenceType = evidenceType;
    this.remoteAddress = remoteAddress;
    this.lodgedAt = lodgedAt;
    this.status = ObjectionStatus.UNDER_VERIFICATION;
  }

  void assignReference(String reference) {
    this.reference = reference;
  }

  void recordVerification(String findings, String userId) {
    this.unionFindings = findings;
    this.unionUser = userId;
    this.status = ObjectionStatus.AWAITING_CONCLUSION;
  }

  void conclude(boolean substantiated, String reasons, String userId, Instant now) {
    this.status = substantiated ? ObjectionStatus.SUBSTANTIATED : ObjectionStatus.REJECTED;
    this.conclusion = reasons;
    this.concludedBy = userId;
    this.concludedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public String getBatchCode() {
    return batchCode;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public String getObjectorName() {
    return objectorName;
  }

  public String getObjectorMobile() {
    return objectorMobile;
  }

  public String getFacts() {
    return facts;
  }

  public byte[] getEvidence() {
    return evidence;
  }

  public String getEvidenceName() {
    return evidenceName;
  }

  public String getEvidenceType() {
    return evidenceType;
  }

  public String getRemoteAddress() {
    return remoteAddress;
  }

  public Instant getLodgedAt() {
    return lodgedAt;
  }

  public ObjectionStatus getStatus() {
    return status;
  }

  public String getUnionFindings() {
    return unionFindings;
  }

  public String getUnionUser() {
    return unionUser;
  }

  public String getConclusion() {
    return conclusion;
  }

  public String getConcludedBy() {
    return concludedBy;
  }

  public Instant getConcludedAt() {
    return concludedAt;
  }
}
