package cn.szftu.studio.revocation;

import cn.szftu.studio.batch.NamingBatchRepository;
import cn.szftu.studio.calendar.WorkingDays;
import cn.szftu.studio.eligibility.ReapplicationBan;
import cn.szftu.studio.eligibility.ReapplicationBanRepository;
import cn.szftu.studio.registry.RegistryService;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.registry.StudioStatus;
import cn.szftu.studio.revocation.StudioRevocationProcess.Decision;
import cn.szftu.studio.revocation.StudioRevocationProcess.DefenceOutcome;
import cn.szftu.studio.revocation.StudioRevocationProcess.Opinion;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revocation cases as records: starting one (with the checks that the studio may be revoked), the notice and the
 * defence, the opinion, the decision, revoking in the registry with the re-application ban, and the plaque's return;
 * and the same for a whole batch under one decision. Engine-free: the processes' delegates and listeners call it.
 */
@Service
@Transactional
public class RevocationService {

  private final StudioRevocationRepository cases;
  private final BatchRevocationRepository batchCases;
  private final StudioLocks locks;
  private final StudioRepository studios;
  private final NamingBatchRepository batches;
  private final RegistryService registry;
  private final ReapplicationBanRepository bans;
  private final RevocationProperties properties;
  private final WorkingDays workingDays;
  private final Clock clock;

  public RevocationService(StudioRevocationRepository cases, BatchRevocationRepository batchCases, StudioLocks locks,
      StudioRepository studios, NamingBatchRepository batches, RegistryService registry,
      ReapplicationBanRepository bans, RevocationProperties properties, WorkingDays workingDays, Clock clock) {
    this.cases = cases;
    this.batchCases = batchCases;
    this.locks = locks;
    this.studios = studios;
    this.batches = batches;
    this.registry = registry;
    this.bans = bans;
    this.properties = properties;
    this.workingDays = workingDays;
    this.clock = clock;
  }

  /**
   * Opens a case, or refuses with every problem at once: unknown studio, a studio already revoked, a revocation of it
   * already in progress (single or batch). The studio's row stays locked until the transaction ends, so two starts
   * cannot both pass the last check.
   */
  public StudioRevocation start(RevocationRequest request, String processInstanceId, String actor) {
    FormProblems problems = request.problems();
    Optional<Studio> studio = Optional.empty();
    if (request.called() && request.studioId() != null) {
      studio = locks.lockById(request.studioId());
      if (studio.isEmpty()) {
        problems.add(request.studioField(), request.studioLabel(), "没有编号为 " + request.studioId() + " 的工作室");
      }
    } else if (!request.called() && request.namingNumber() != null) {
      studio = locks.lockByNamingNumber(request.namingNumber());
      if (studio.isEmpty()) {
        problems.add(request.studioField(), request.studioLabel(),
            "名录中没有命名编号为“" + request.namingNumber() + "”的工作室");
      }
    }
    studio.ifPresent(s -> checkRevocable(s, problems, request.studioField(), request.studioLabel()));
    problems.throwIfAny();
    RevocationOrigin origin = request.called() ? RevocationOrigin.CALLED : RevocationOrigin.FORM;
    return cases.save(new StudioRevocation(studio.orElseThrow().getId(), null, processInstanceId, origin,
        request.ground(), request.basis(), actor, clock.instant()));
  }

  private void checkRevocable(Studio studio, FormProblems problems, String field, String label) {
    // Any standing other than revoked (e.g. under rectification) is still a named studio that can be revoked.
    if (studio.getStatus() == StudioStatus.REVOKED) {
      problems.add(field, label, "工作室“" + studio.getNamingNumber() + "”已被撤销，不能再次撤销");
    } else if (cases.existsByStudioIdAndStatus(studio.getId(), RevocationStatus.IN_PROGRESS)) {
      problems.add(field, label, "工作室“" + studio.getNamingNumber() + "”已有撤销程序正在进行，请先办结该程序");
    }
  }

  /** The notice goes out now; the defence is due at the end of the configured working days. */
  public Instant notifyStudio(long revocationId) {
    StudioRevocation revocation = get(revocationId);
    Instant now = clock.instant();
    Instant due = workingDays.deadline(Date.from(now), properties.defenceWorkingDays()).toInstant();
    revocation.notified(due, now);
    return due;
  }

  public void defence(long revocationId, DefenceOutcome outcome, String text, String actor) {
    get(revocationId).defence(outcome, outcome == DefenceOutcome.SUBMITTED ? text : null, actor, clock.instant());
  }

  /** The deadline passed without an answer: the case goes on without a defence, and says so. */
  public void defenceLapsed(long revocationId) {
    get(revocationId).defence(DefenceOutcome.LAPSED, null, null, clock.instant());
  }

  public void opinion(long revocationId, Opinion opinion, String reasons, String actor) {
    get(revocationId).opinion(opinion, reasons, actor, clock.instant());
  }

  /** Records the decision; a decision not to revoke closes the case, leaving the studio as it is. */
  public void decide(long revocationId, Decision decision, String number, LocalDate date, String reasons,
      String actor) {
    StudioRevocation revocation = get(revocationId);
    Instant now = clock.instant();
    revocation.decide(decision, number, date, reasons, actor, now);
    if (decision == Decision.NOT_REVOKE) {
      revocation.notRevoked(now);
    }
  }

  /**
   * Carries out a decision to revoke: the registry marks the studio revoked with the ground's label, basis, decision
   * and date; the host unit is banned from applying again for the ground's configured years (none for 0); the
   * plaque is due back within the configured working days.
   */
  public Studio revoke(long revocationId, String processInstanceId, String executionId) {
    StudioRevocation revocation = get(revocationId);
    if (!processInstanceId.equals(revocation.getProcessInstanceId())) {
      throw new IllegalStateException("revocation " + revocationId + " is not a case of process " + processInstanceId);
    }
    RevocationGround ground = revocation.getGround();
    Studio studio = registry.revoke(new RegistryService.Revocation(revocation.getStudioId(), ground.label(),
        revocation.getBasis(), revocation.getDecisionNumber(), revocation.getDecisionDate(),
        revocation.getDecidedBy()));
    Instant now = clock.instant();
    Long banId = ReapplicationBanTerm.lastBannedDay(properties, ground, revocation.getDecisionDate())
        .map(until -> bans.save(new ReapplicationBan(studio.getHostUnitCode(), null, until,
            banReason(studio, ground, revocation.getDecisionNumber()), now)).getId())
        .orElse(null);
    Instant plaqueDue = workingDays.deadline(Date.from(now), properties.plaqueReturnWorkingDays()).toInstant();
    revocation.revoked(banId, plaqueDue, executionId, now);
    return studio;
  }

  static String banReason(Studio studio, RevocationGround ground, String decisionNumber) {
    String reason = "“" + studio.getStudioName() + "”（" + studio.getNamingNumber() + "）因" + ground.label()
        + "被撤销命名（" + decisionNumber + "）";
    return reason.length() <= 500 ? reason : reason.substring(0, 500);
  }

  public void plaqueReturned(long revocationId, String note, String actor) {
    get(revocationId).plaqueReturned(note, actor, clock.instant());
  }

  public void plaqueReceived(long revocationId, String note, String actor) {
    get(revocationId).plaqueReceived(note, actor, clock.instant());
  }

  /**
   * Opens a batch revocation: every studio of the batch not yet revoked gets its case, all under the batch. Refused
   * when the batch is unknown, has nothing left to revoke, or one of its studios is already in a revocation.
   */
  public BatchRevocation startBatch(BatchRevocationRequest request, String processInstanceId, String actor) {
    FormProblems problems = request.problems();
    List<Studio> revocable = List.of();
    String field = BatchRevocationProcess.FIELD_BATCH_CODE;
    String label = BatchRevocationRequest.LABEL_BATCH_CODE;
    if (request.batchCode() != null) {
      if (!batches.existsById(request.batchCode())) {
        problems.add(field, label, "没有编号为“" + request.batchCode() + "”的命名批次");
      } else {
        revocable = locks.lockByBatchCode(request.batchCode()).stream()
            .filter(s -> s.getStatus() != StudioStatus.REVOKED).toList();
        if (revocable.isEmpty()) {
          problems.add(field, label, "命名批次“" + request.batchCode() + "”没有可撤销的工作室（均未命名或已撤销）");
        }
        List<Long> ids = revocable.stream().map(Studio::getId).toList();
        String busy = cases.findByStudioIdInAndStatus(ids, RevocationStatus.IN_PROGRESS).stream()
            .map(c -> studios.findById(c.getStudioId()).orElseThrow().getNamingNumber()).sorted()
            .collect(Collectors.joining("、"));
        if (!busy.isEmpty()) {
          problems.add(field, label, "以下工作室已有撤销程序正在进行，请先办结：" + busy);
        }
      }
    }
    problems.throwIfAny();
    Instant now = clock.instant();
    BatchRevocation batch = batchCases.save(new BatchRevocation(request.batchCode(), processInstanceId,
        request.ground(), request.basis(), actor, now));
    for (Studio studio : revocable) {
      cases.save(new StudioRevocation(studio.getId(), batch.getId(), processInstanceId, RevocationOrigin.BATCH,
          request.ground(), request.basis(), actor, now));
    }
    return batch;
  }

  /** The one decision for the batch, recorded on the batch and on each of its studios' cases. */
  public void decideBatch(long batchRevocationId, Decision decision, String number, LocalDate date, String reasons,
      String actor) {
    BatchRevocation batch = getBatch(batchRevocationId);
    Instant now = clock.instant();
    batch.decide(decision, number, date, reasons, actor, now);
    for (StudioRevocation revocation : cases.findByBatchRevocationIdOrderByIdAsc(batchRevocationId)) {
      revocation.decide(decision, number, date, reasons, actor, now);
      if (decision == Decision.NOT_REVOKE) {
        revocation.notRevoked(now);
      }
    }
  }

  /** The cases still to carry out for a batch, one per studio, in naming-number order of creation. */
  @Transactional(readOnly = true)
  public List<Long> openCasesOf(long batchRevocationId) {
    return cases.findByBatchRevocationIdOrderByIdAsc(batchRevocationId).stream()
        .filter(c -> c.getStatus() == RevocationStatus.IN_PROGRESS).map(StudioRevocation::getId).toList();
  }

  /**
   * The case a process's execution works on, found from the engine's own ids rather than from variables a form
   * submission could overwrite: the execution that carried out the decision, else the process's single case.
   */
  @Transactional(readOnly = true)
  public StudioRevocation caseAt(String processInstanceId, String executionId) {
    return cases.findByExecutionId(executionId)
        .or(() -> cases.findByProcessInstanceIdAndBatchRevocationIdIsNull(processInstanceId))
        .orElseThrow(() -> new IllegalStateException("no revocation case at execution " + executionId));
  }

  @Transactional(readOnly = true)
  public Optional<BatchRevocation> batchOf(String processInstanceId) {
    return batchCases.findByProcessInstanceId(processInstanceId);
  }

  @Transactional(readOnly = true)
  public StudioRevocation get(long revocationId) {
    return cases.findById(revocationId).orElseThrow();
  }

  @Transactional(readOnly = true)
  public BatchRevocation getBatch(long batchRevocationId) {
    return batchCases.findById(batchRevocationId).orElseThrow();
  }

  @Transactional(readOnly = true)
  public List<StudioRevocation> casesOf(long batchRevocationId) {
    return cases.findByBatchRevocationIdOrderByIdAsc(batchRevocationId);
  }

  @Transactional(readOnly = true)
  public Studio studio(long studioId) {
    return studios.findById(studioId).orElseThrow();
  }

  public RevocationProperties properties() {
    return properties;
  }
}
