package cn.szftu.studio.change;

import static cn.szftu.studio.change.form.ChangeRequestFields.NAMING_NUMBER;

import cn.szftu.studio.ClockConfiguration;
import cn.szftu.studio.application.ApplicantUnits;
import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.change.form.ChangeRequest;
import cn.szftu.studio.change.form.ChangeRequestValidator;
import cn.szftu.studio.change.form.ChangeRequestValidator.RegisteredUnit;
import cn.szftu.studio.change.form.ChangeRequestValidator.StudioFacts;
import cn.szftu.studio.organisation.Organisation;
import cn.szftu.studio.organisation.OrganisationKind;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.registry.StudioVersion;
import cn.szftu.studio.registry.StudioVersions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that happens to a change request, and the registry update it leads to. The process's listeners call it
 * inside the engine's transaction, so a refusal (an exception) leaves neither the records nor the engine changed.
 */
@Service
@Transactional
public class StudioChangeService {

  private final StudioChangeRepository changes;
  private final StudioChangeDecisionRepository decisions;
  private final StudioRepository studios;
  private final LockedStudios lockedStudios;
  private final HostUnits hostUnits;
  private final ApplicantUnits applicantUnits;
  private final ChangeRequestValidator validator;
  private final StudioVersions versions;
  private final Clock clock;

  public StudioChangeService(StudioChangeRepository changes, StudioChangeDecisionRepository decisions,
      StudioRepository studios, LockedStudios lockedStudios, HostUnits hostUnits, ApplicantUnits applicantUnits,
      ChangeRequestValidator validator, StudioVersions versions, Clock clock) {
    this.changes = changes;
    this.decisions = decisions;
    this.studios = studios;
    this.lockedStudios = lockedStudios;
    this.hostUnits = hostUnits;
    this.applicantUnits = applicantUnits;
    this.validator = validator;
    this.versions = versions;
    this.clock = clock;
  }

  /** A new change request from the start form; refused as a whole when anything is wrong. */
  public StudioChange request(Map<String, Object> formValues, String userId) {
    if (formValues.get(NAMING_NUMBER) instanceof String number) {
      lockedStudios.lockByNamingNumber(number.strip().toUpperCase(Locale.ROOT));
    }
    ChangeRequestValidator.Result result = validator.validate(formValues, context(userId, null));
    Instant now = clock.instant();
    StudioChange change = new StudioChange(result.studio(), userId, now);
    change.request(result.request(), honoursJson(result.request()), now);
    changes.save(change);
    record(change, ChangeStep.REQUEST, ChangeOutcome.SUBMITTED, null, userId);
    return change;
  }

  /** The applicant's corrected request replaces the stored one; the same validation applies, for the same studio. */
  public StudioChange resubmit(long changeId, Map<String, Object> formValues, String userId) {
    StudioChange change = get(changeId);
    Studio studio = studioOf(change);
    Object number = formValues.get(NAMING_NUMBER);
    if (!(number instanceof String text) || !text.strip().equalsIgnoreCase(studio.getNamingNumber())) {
      throw new InvalidSubmissionException(new FieldProblem(NAMING_NUMBER, "工作室命名编号",
          "补正时不能更换工作室；如需为其他工作室申请变更，请撤回本申请后重新提交"));
    }
    lockedStudios.lockByNamingNumber(studio.getNamingNumber());
    ChangeRequestValidator.Result result = validator.validate(formValues, context(userId, changeId));
    Instant now = clock.instant();
    change.request(result.request(), honoursJson(result.request()), now);
    change.moveTo(ChangeStatus.UNION_REVIEW, now);
    record(change, ChangeStep.CORRECTION, ChangeOutcome.RESUBMITTED, null, userId);
    return change;
  }

  public void attachProcess(long changeId, String processInstanceId) {
    get(changeId).attachProcess(processInstanceId);
  }

  public void enterStep(long changeId, ChangeStatus status) {
    get(changeId).moveTo(status, clock.instant());
  }

  /** A reviewer's decision; a return for correction sends the request back to the applicant. */
  public void decide(long changeId, ChangeStep step, ChangeOutcome outcome, String reasons, String userId) {
    StudioChange change = get(changeId);
    record(change, step, outcome, reasons, userId);
    if (outcome == ChangeOutcome.RETURN) {
      change.moveTo(ChangeStatus.CORRECTION, clock.instant());
    }
  }

  public void withdraw(long changeId, String userId) {
    StudioChange change = get(changeId);
    record(change, ChangeStep.CORRECTION, ChangeOutcome.WITHDRAWN, "申请人在补正时撤回变更申请", userId);
    change.close(ChangeStatus.WITHDRAWN, "申请人撤回", null, clock.instant());
  }

  /** A refused request leaves the studio as it is; the request keeps who refused it and why. */
  public void refuse(long changeId) {
    StudioChange change = get(changeId);
    StudioChangeDecision refusal = lastDecision(changeId, ChangeOutcome.REFUSE)
        .orElseThrow(() -> new IllegalStateException("change " + changeId + " has no refusal"));
    change.close(ChangeStatus.REFUSED, refusal.getStep().label() + "：" + refusal.getOutcome().label(refusal.getStep())
        + (refusal.getReasons() == null ? "" : "。理由：" + refusal.getReasons()), null, clock.instant());
  }

  /** The approved change enters the registry as the studio's next version. */
  public StudioVersion apply(long changeId) {
    StudioChange change = get(changeId);
    StudioChangeDecision approval = lastDecision(changeId, ChangeOutcome.APPROVE)
        .filter(d -> d.getStep() == ChangeStep.OFFICE_APPROVAL || d.getStep() == ChangeStep.LEADERSHIP_APPROVAL)
        .orElseThrow(() -> new IllegalStateException("change " + changeId + " is not approved"));
    Studio studio = studioOf(change);
    StudioVersion.Particulars now = studio.particulars();
    StudioVersion.Particulars next = new StudioVersion.Particulars(
        change.getNewStudioName() != null ? change.getNewStudioName() : now.studioName(),
        change.getNewLeaderName() != null ? change.getNewLeaderName() : now.leaderName(),
        change.getNewHostUnitCode() != null ? change.getNewHostUnitCode() : now.hostUnitCode(),
        change.getNewHostUnitCode() != null ? change.getNewHostUnitName() : now.hostUnitName());
    LocalDate decidedOn = LocalDate.ofInstant(approval.getDecidedAt(), ClockConfiguration.ZONE);
    String decision = ChangeTexts.decision(approval.getStep(), decidedOn);
    StudioVersion version = versions.apply(new StudioVersions.Change(studio.getId(), changeId, next,
        change.getRequestedBy(), approval.getActorUserId(), decision, ChangeTexts.history(change)));
    record(change, ChangeStep.REGISTRATION, ChangeOutcome.APPLIED, "名录已更新为第 " + version.getVersionNo() + " 版",
        null);
    change.close(ChangeStatus.APPROVED, decision, version.getId(), clock.instant());
    return version;
  }

  /** The studio was revoked while the request was under review: the request ends without a decision. */
  public void endByRevocation(long changeId) {
    StudioChange change = get(changeId);
    record(change, ChangeStep.REVOCATION, ChangeOutcome.ENDED_BY_REVOCATION, null, null);
    change.close(ChangeStatus.ENDED_BY_REVOCATION, ChangeStatus.ENDED_BY_REVOCATION.label(), null, clock.instant());
  }

  /** How the revocation that a move out of Shenzhen started was decided. */
  public void revocationDecided(long changeId, boolean revoked) {
    StudioChange change = get(changeId);
    ChangeOutcome outcome = revoked ? ChangeOutcome.REVOKED : ChangeOutcome.NOT_REVOKED;
    record(change, ChangeStep.REVOCATION, outcome, null, null);
    change.close(revoked ? ChangeStatus.REVOKED : ChangeStatus.NOT_REVOKED, outcome.label(ChangeStep.REVOCATION), null,
        clock.instant());
  }

  @Transactional(readOnly = true)
  public StudioChange get(long changeId) {
    return changes.findById(changeId).orElseThrow(() -> new IllegalStateException("no change " + changeId));
  }

  @Transactional(readOnly = true)
  public Studio studioOf(StudioChange change) {
    return studios.findById(change.getStudioId()).orElseThrow();
  }

  @Transactional(readOnly = true)
  public List<StudioChangeDecision> decisions(long changeId) {
    return decisions.findByChangeIdOrderByDecidedAtAscIdAsc(changeId);
  }

  @Transactional(readOnly = true)
  public Optional<StudioChangeDecision> lastDecision(long changeId, ChangeOutcome outcome) {
    List<StudioChangeDecision> all = decisions(changeId);
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).getOutcome() == outcome) {
        return Optional.of(all.get(i));
      }
    }
    return Optional.empty();
  }

  private void record(StudioChange change, ChangeStep step, ChangeOutcome outcome, String reasons, String userId) {
    decisions.save(new StudioChangeDecision(change.getId(), step, outcome, reasons, userId, clock.instant()));
  }

  private static String honoursJson(ChangeRequest request) {
    return request.leader() == null ? null : ChangeTexts.honoursJson(request.leader().honours());
  }

  private ChangeRequestValidator.Context context(String userId, Long changeBeingCorrected) {
    Set<String> units = applicantUnits.units(userId).stream().map(Organisation::getCode).collect(Collectors.toSet());
    return new ChangeRequestValidator.Context() {
      @Override
      public Optional<StudioFacts> studio(String namingNumber) {
        return studios.findByNamingNumber(namingNumber).map(s -> new StudioFacts(s.getId(), s.getNamingNumber(),
            s.getStatus(), s.getStudioName(), s.getLeaderName(), s.getHostUnitCode(), s.getHostUnitName()));
      }

      @Override
      public Set<String> userUnitCodes() {
        return units;
      }

      @Override
      public Optional<RegisteredUnit> hostUnit(String creditCode) {
        return hostUnits.findByCreditCodeAndKindAndActiveTrue(creditCode, OrganisationKind.HOST_UNIT)
            .map(o -> new RegisteredUnit(o.getCode(), o.getName()));
      }

      @Override
      public Optional<Instant> openChangeRequestedAt(long studioId) {
        return changes.findByStudioIdAndStatusIn(studioId, ChangeStatus.OPEN).stream()
            .filter(c -> !c.getId().equals(changeBeingCorrected)).map(StudioChange::getRequestedAt).findFirst();
      }

      @Override
      public LocalDate today() {
        return LocalDate.now(clock);
      }
    };
  }
}
