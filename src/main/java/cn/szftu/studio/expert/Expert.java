package cn.szftu.studio.expert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One expert of the pool (专家库). The id is the expert's Camunda user id. */
@Entity
@Table(name = "expert")
public class Expert {

  @Id
  @Column(length = 64)
  private String id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "employer_name", nullable = false, length = 200)
  private String employerName;

  @Column(name = "employer_code", length = 40)
  private String employerCode;

  @Column(nullable = false, length = 100)
  private String industry;

  @Column(name = "union_code", length = 40)
  private String unionCode;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Expert() {
  }

  public Expert(String id) {
    this.id = Objects.requireNonNull(id, "id");
  }

  /** Copies the profile onto this row (not the id); answers whether anything changed, so a re-run writes nothing. */
  public boolean apply(ExpertProfile profile, Instant now) {
    if (!id.equals(profile.id())) {
      throw new IllegalArgumentException("profile " + profile.id() + " is not expert " + id);
    }
    boolean changed = !Objects.equals(name, profile.name())
        || !Objects.equals(employerName, profile.employerName())
        || !Objects.equals(employerCode, profile.employerCode())
        || !Objects.equals(industry, profile.industry())
        || !Objects.equals(unionCode, profile.unionCode())
        || active != profile.active()
        || updatedAt == null;
    if (changed) {
      name = profile.name();
      employerName = profile.employerName();
      employerCode = profile.employerCode();
      industry = profile.industry();
      unionCode = profile.unionCode();
      active = profile.active();
      updatedAt = now;
    }
    return changed;
  }

  public ExpertProfile toProfile() {
    return new ExpertProfile(id, name, employerName, employerCode, industry, unionCode, active);
  }

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getEmployerName() {
    return employerName;
  }

  public String getEmployerCode() {
    return employerCode;
  }

  public String getIndustry() {
    return industry;
  }

  public String getUnionCode() {
    return unionCode;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
