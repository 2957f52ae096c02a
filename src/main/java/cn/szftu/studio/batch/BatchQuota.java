package cn.szftu.studio.batch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** How many applications one recommending union may recommend in one batch (推荐名额). */
@Entity
@Table(name = "batch_quota")
@IdClass(BatchQuota.Key.class)
public class BatchQuota {

  @Id
  @Column(name = "batch_code", length = 20)
  private String batchCode;

  @Id
  @Column(name = "union_code", length = 40)
  private String unionCode;

  @Column(nullable = false)
  private int quota;

  protected BatchQuota() {
  }

  public BatchQuota(String batchCode, String unionCode, int quota) {
    this.batchCode = batchCode;
    this.unionCode = unionCode;
    this.quota = quota;
  }

  boolean setQuota(int newQuota) {
    if (quota == newQuota) {
      return false;
    }
    quota = newQuota;
    return true;
  }

  public String getBatchCode() {
    return batchCode;
  }

  public String getUnionCode() {
    return unionCode;
  }

  public int getQuota() {
    return quota;
  }

  public record Key(String batchCode, String unionCode) implements Serializable {
    public Key() {
      this(null, null);
    }
  }
}
