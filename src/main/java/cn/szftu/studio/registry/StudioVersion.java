package cn.szftu.studio.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a studio's public particulars as they stood from {@code validFrom} until the next version: name,
 * leader and host unit, with who asked for it and who decided. Version 1 is the naming; rows are never changed.
 */
@Entity
@Table(name = "studio_version")
public class StudioVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "studio_id", nullable = false)
  private Long studioId;

  @Column(name = "version_no", nullable = false)
  private int versionNo;

  @Column(name = "studio_name", nullable = false, length = 100)
  private String studioName;

  @Column(name = "leader_name", nullable = false, length = 50)
  private String leaderName;

  @Column(name = "host_unit_code", nullable = false, length = 40)
  private String hostUnitCode;

  @Column(name = "host_unit_name", nullable = false, length = 200)
  private String hostUnitName;

  @Column(name = "valid_from", nullable = false)
  private Instant validFrom;

  @Column(name = "change_id")
  private Long changeId;

  @Column(name = "requested_by", length = 64)
  private String requestedBy;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(nullable = false, length = 200)
  private String decision;

  @Column(name = "decided_on", nullable = false)
  private LocalDate decidedOn;

  protected StudioVersion() {
  }

  StudioVersion(long studioId, int versionNo, Particulars particulars, Instant validFrom, Long changeId,
      String requestedBy, String decidedBy, String decision, LocalDate decidedOn) {
    this.studioId = studioId;
    this.versionNo = versionNo;
    this.studioName = particulars.studioName();
    this.leaderName = particulars.leaderName();
    this.hostUnitCode = particulars.hostUnitCode();
    this.hostUnitName = particulars.hostUnitName();
    this.validFrom = validFrom;
    this.changeId = changeId;
    this.requestedBy = requestedBy;
    this.decidedBy = decidedBy;
    this.decision = decision;
    this.decidedOn = decidedOn;
  }

  /** What a version holds: the particulars the registry, the certificate and the public page show. */
  public record Particulars(String studioName, String leaderName, String hostUnitCode, String hostUnitName) {
  }

  public Long getId() {
    return id;
  }

  public Long getStudioId() {
    return studioId;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public Particulars particulars() {
    return new Particulars(studioName, leaderName, hostUnitCode, hostUnitName);
  }

  public String getStudioName() {
    return studioName;
  }

  public String getLeaderName() {
    return leaderName;
  }

  public String getHostUnitCode() {
    return hostUnitCode;
  }

  public String getHostUnitName() {
    return hostUnitName;
  }

  public Instant getValidFrom() {
    return validFrom;
  }

  public Long getChangeId() {
    return changeId;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getDecision() {
    return decision;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }
}
