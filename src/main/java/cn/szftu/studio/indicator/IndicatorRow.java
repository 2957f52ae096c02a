package cn.szftu.studio.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One indicator of a stored version, any level. Never updated. */
@Entity(name = "IndicatorRow")
@Table(name = "indicator")
public class IndicatorRow {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "set_version", nullable = false, length = 40)
  private String setVersion;

  @Column(name = "indicator_id", nullable = false, length = 20)
  private String indicatorId;

  @Column(name = "parent_id", length = 20)
  private String parentId;

  @Column(name = "indicator_level", nullable = false)
  private int level;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "max_points", nullable = false, precision = 5, scale = 1)
  private BigDecimal maxPoints;

  @Column(length = 500)
  private String hint;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected IndicatorRow() {
  }

  IndicatorRow(String setVersion, Indicator indicator, String parentId, int sortOrder) {
    this.setVersion = setVersion;
    this.indicatorId = indicator.id();
    this.parentId = parentId;
    this.level = indicator.level();
    this.name = indicator.name();
    this.maxPoints = indicator.max();
    this.hint = indicator.hint();
    this.sortOrder = sortOrder;
  }

  public String getSetVersion() {
    return setVersion;
  }

  public String getIndicatorId() {
    return indicatorId;
  }

  public String getParentId() {
    return parentId;
  }

  public int getLevel() {
    return level;
  }

  public String getName() {
    return name;
  }

  public BigDecimal getMaxPoints() {
    return maxPoints;
  }

  public String getHint() {
    return hint;
  }

  public int getSortOrder() {
    return sortOrder;
  }
}
