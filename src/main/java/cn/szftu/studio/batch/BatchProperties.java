package cn.szftu.studio.batch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configured naming batches (studio.batches). A stand-in until batches are started as processes: each entry is
 * synchronised into naming_batch and batch_quota at start-up.
 *
 * @param defaultQuota the quota of a union the entry does not list
 */
@ConfigurationProperties("studio")
public record BatchProperties(List<Batch> batches) {

  public BatchProperties {
    batches = batches == null ? List.of() : batches;
  }

  public record Batch(String code, int year, String title, Instant windowOpensAt, Instant windowClosesAt,
      int correctionWorkingDays, int defaultQuota, Map<String, Integer> quotas) {

    public Batch {
      quotas = quotas == null ? Map.of() : quotas;
    }
  }
}
