package cn.szftu.studio.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One application (命名申报). The number (SQ-2026-0001) is also the process instance's business key. */
@Entity
@Table(name = "application")
public class Application {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 20, unique = true)
  private String number;

  @Column(name = "batch_code", nullable = false, length = 20)
  private String batchCode;

  @Column(name = "host_unit_code", nullable = false, length = 40)
  private String hostUnitCode;

  @Column(name = "union_code", nullable = false, length = 40)
  private String unionCode;

  @Column(name = "studio_name", nullable = false, length = 100)
  private String studioName;

  @Column(name = "leader_name", nullable = false, length = 50)
  private String leaderName;

  @Column(name = "applicant_user_id", nullable = false, length = 64)
  private String applicantUserId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ApplicationStatus status;

  /** The validated form as canonical JSON (see ApplicationContent). */
  /** Recommended by its union at some point: it then takes one of the union's places in the batch. */
  @Column(nullable = false)
  private boolean recommended;

  @Column(nullable = false, columnDefinition = "text")
  private String content;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "open_deadline")
  private Instant openDeadline;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(nullable = false)
  private int version;

  protected Application() {
  }

  Application(String number, String batchCode, String hostUnitCode, String applicantUserId, Instant now) {
    this.number = number;
    this.batchCode = batchCode;
    this.hostUnitCode = hostUnitCode;
    this.applicantUserId = applicantUserId;
    this.status = ApplicationStatus.SUBMITTED;
    this.submittedAt = now;
    this.updatedAt = now;
  }

  void replaceContent(String unionCode, String studioName, String leaderName, String contentJson, Instant now) {
    this.unionCode = unionCode;
    this.studioName = studioName;
    this.leaderName = leaderName;
    this.content = contentJson;
    this.updatedAt = now;
  }

  void moveTo(ApplicationStatus newStatus, Instant deadline, Instant now) {
    this.status = newStatus;
    this.openDeadline = deadline;
    this.updatedAt = now;
  }

  void markRecommended() {
    this.recommended = true;
  }

  public boolean isRecommended() {
    return recommended;
  }

  void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public String getBatchCode() {
    return batchCode;
  }

  public String getHostUnitCode() {
    return hostUnitCode;
  }

  public String getUnionCode() {
    return unionCode;
  }

  public String getStudioName() {
    return studioName;
  }

  public String getLeaderName() {
    return leaderName;
  }

  public String getApplicantUserId() {
    return applicantUserId;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public String getContent() {
    return content;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getOpenDeadline() {
    return openDeadline;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
