package cn.szftu.studio.notice;

import cn.szftu.studio.application.Application;
import cn.szftu.studio.application.ApplicationProcess;
import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.batch.BatchEntry;
import cn.szftu.studio.batch.BatchEntryRepository;
import cn.szftu.studio.batch.EntryOutcome;
import cn.szftu.studio.batch.NamingBatch;
import cn.szftu.studio.batch.NamingBatchRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections to the public notice: lodged by anyone during the notice against a listed studio, stored, and handed to
 * that application's process, where the recommending union verifies and the city office concludes.
 */
@Service
@Transactional
public class ObjectionService {

  private final ObjectionRepository objections;
  private final NamingBatchRepository batches;
  private final BatchEntryRepository entries;
  private final ApplicationRepository applications;
  private final RuntimeService runtimeService;
  private final Clock clock;

  public ObjectionService(ObjectionRepository objections, NamingBatchRepository batches, BatchEntryRepository entries,
      ApplicationRepository applications, RuntimeService runtimeService, Clock clock) {
    this.objections = objections;
    this.batches = batches;
    this.entries = entries;
    this.applications = applications;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /** Stores the objection and starts its investigation; refused outside the notice or for a studio not listed. */
  public Objection lodge(NewObjection objection) {
    Instant now = clock.instant();
    Application application = applications.findByNumber(objection.applicationNumber())
        .orElseThrow(() -> notListed(objection.applicationNumber()));
    BatchEntry entry = entries.findByApplicationId(application.getId()).filter(BatchEntry::isOnNotice)
        .orElseThrow(() -> notListed(objection.applicationNumber()));
    NamingBatch batch = batches.findById(entry.getBatchCode()).orElseThrow();
    if (!batch.isNoticeOpenAt(now)) {
      throw new ObjectionRefusedException("applicationNumber", "公示期已结束或尚未开始，不再受理异议");
    }
    Objection stored = objections.save(new Objection("YY-pending-" + java.util.UUID.randomUUID().toString()
        .substring(0, 8), batch.getCode(), application.getId(), objection.objectorName(), objection.objectorMobile(),
        objection.facts(), objection.evidence(), objection.evidenceName(), objection.evidenceType(),
        objection.remoteAddress(), now));
    objections.flush();
    // Numbered by the row id: unique without counting rows, which races and repeats once rows are deleted.
    stored.assignReference(String.format("YY-%s-%05d", batch.getCode(), stored.getId()));
    objections.flush();
    runtimeService.createMessageCorrelation(ApplicationProcess.MESSAGE_OBJECTION_LODGED)
        .processInstanceBusinessKey(application.getNumber())
        .setVariableLocal(ApplicationProcess.VAR_OBJECTION_ID, stored.getId())
        .correlateWithResult();
    return stored;
  }

  public Objection get(long objectionId) {
    return objections.findById(objectionId)
        .orElseThrow(() -> new IllegalStateException("objection " + objectionId + " does not exist"));
  }

  public List<Objection> of(long applicationId) {
    return objections.findByApplicationIdOrderByLodgedAtAsc(applicationId);
  }

  public void recordVerification(long objectionId, String findings, String userId) {
    get(objectionId).recordVerification(findings, userId);
  }

  /** The city office's conclusion; a substantiated objection takes the studio off the list. */
  public void conclude(long objectionId, boolean substantiated, String reasons, String userId) {
    Objection objection = get(objectionId);
    objection.conclude(substantiated, reasons, userId, clock.instant());
    if (substantiated) {
      Optional<BatchEntry> entry = entries.findByApplicationId(objection.getApplicationId());
      entry.filter(e -> e.getOutcome() == EntryOutcome.PROPOSED).ifPresent(e -> e.remove(
          EntryOutcome.REMOVED_BY_OBJECTION, "公示期间异议成立（" + objection.getReference() + "）：" + reasons,
          clock.instant()));
    }
  }

  public boolean hasOpenObjections(String batchCode) {
    return objections.countByBatchCodeAndStatusIn(batchCode,
        List.of(ObjectionStatus.UNDER_VERIFICATION, ObjectionStatus.AWAITING_CONCLUSION)) > 0;
  }

  private static ObjectionRefusedException notListed(String number) {
    return new ObjectionRefusedException("applicationNumber", "“" + number + "”不在当前公示名单中");
  }
}
