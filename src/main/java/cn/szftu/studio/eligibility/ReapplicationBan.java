package cn.szftu.studio.eligibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A host unit (optionally only with one leader) may not apply again until a date, after a revocation. */
@Entity
@Table(name = "reapplication_ban")
public class ReapplicationBan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "host_unit_code", nullable = false, length = 40)
  private String hostUnitCode;

  @Column(name = "leader_name", length = 50)
  private String leaderName;

  @Column(name = "banned_until", nullable = false)
  private LocalDate bannedUntil;

  @Column(nullable = false, length = 500)
  private String reason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ReapplicationBan() {
  }

  public ReapplicationBan(String hostUnitCode, String leaderName, LocalDate bannedUntil, String reason, Instant createdAt) {
    this.hostUnitCode = hostUnitCode;
    this.leaderName = leaderName;
    this.bannedUntil = bannedUntil;
    this.reason = reason;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getHostUnitCode() {
    return hostUnitCode;
  }

  public String getLeaderName() {
    return leaderName;
  }

  public LocalDate getBannedUntil() {
    return bannedUntil;
  }

  public String getReason() {
    return reason;
  }
}
