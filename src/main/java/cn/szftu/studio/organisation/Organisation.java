package cn.szftu.studio.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One node of the organisation tree, as last synchronised from the tree file. */
@Entity
@Table(name = "organisation")
public class Organisation {

  @Id
  @Column(length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private OrganisationKind kind;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private UnionCategory category;

  @Column(name = "parent_code", length = 40)
  private String parentCode;

  @Column(name = "credit_code", length = 18)
  private String creditCode;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Organisation() {
  }

  Organisation(String code) {
    this.code = code;
  }

  /** Copies the definition onto this row; answers whether anything changed, so an unchanged file writes nothing. */
  boolean apply(OrganisationDefinition definition, Instant now) {
    boolean changed = !definition.name().equals(name)
        || definition.kind() != kind
        || definition.category() != category
        || !Objects.equals(definition.parentCode(), parentCode)
        || !Objects.equals(definition.creditCode(), creditCode)
        || definition.sortOrder() != sortOrder
        || !active;
    if (changed) {
      name = definition.name();
      kind = definition.kind();
      category = definition.category();
      parentCode = definition.parentCode();
      creditCode = definition.creditCode();
      sortOrder = definition.sortOrder();
      active = true;
      updatedAt = now;
    }
    return changed;
  }

  boolean deactivate(Instant now) {
    if (!active) {
      return false;
    }
    active = false;
    updatedAt = now;
    return true;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public UnionCategory getCategory() {
    return category;
  }

  public String getParentCode() {
    return parentCode;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
