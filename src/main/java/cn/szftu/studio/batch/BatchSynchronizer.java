package cn.szftu.studio.batch;

import cn.szftu.studio.organisation.Organisation;
import cn.szftu.studio.organisation.OrganisationKind;
import cn.szftu.studio.organisation.OrganisationRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes the configured batches and their quotas (one per active recommending union); idempotent. */
@Service
public class BatchSynchronizer {

  private static final Logger log = LoggerFactory.getLogger(BatchSynchronizer.class);

  private final BatchProperties properties;
  private final NamingBatchRepository batches;
  private final BatchQuotaRepository quotas;
  private final OrganisationRepository organisations;
  private final Clock clock;

  public BatchSynchronizer(BatchProperties properties, NamingBatchRepository batches, BatchQuotaRepository quotas,
      OrganisationRepository organisations, Clock clock) {
    this.properties = properties;
    this.batches = batches;
    this.quotas = quotas;
    this.organisations = organisations;
    this.clock = clock;
  }

  @Transactional
  public int synchronise() {
    Instant now = clock.instant();
    List<Organisation> unions = organisations.findByKindAndActiveTrueOrderBySortOrder(OrganisationKind.RECOMMENDING_UNION);
    Set<String> unionCodes = unions.stream().map(Organisation::getCode).collect(Collectors.toSet());
    int writes = 0;
    for (BatchProperties.Batch definition : properties.batches()) {
      for (String listed : definition.quotas().keySet()) {
        if (!unionCodes.contains(listed)) {
          throw new IllegalStateException("studio.batches[" + definition.code() + "].quotas 中的推荐单位代码“" + listed
              + "”不在组织架构中");
        }
      }
      if (!definition.windowOpensAt().isBefore(definition.windowClosesAt())) {
        throw new IllegalStateException("studio.batches[" + definition.code() + "]：申报截止时间必须晚于开始时间");
      }
      NamingBatch batch = batches.findById(definition.code()).orElse(null);
      if (batch == null) {
        batch = new NamingBatch(definition.code());
        batch.apply(definition, now);
        batches.save(batch);
        writes++;
      } else if (batch.apply(definition, now)) {
        writes++;
      }
      for (String union : unionCodes) {
        int quota = definition.quotas().getOrDefault(union, definition.defaultQuota());
        BatchQuota row = quotas.findById(new BatchQuota.Key(definition.code(), union)).orElse(null);
        if (row == null) {
          quotas.save(new BatchQuota(definition.code(), union, quota));
          writes++;
        } else if (row.setQuota(quota)) {
          writes++;
        }
      }
    }
    log.info("Naming batches synchronised ({} writes)", writes);
    return writes;
  }
}
