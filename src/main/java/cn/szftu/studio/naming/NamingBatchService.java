package cn.szftu.studio.naming;

import cn.szftu.studio.application.Application;
import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.application.ApplicationStatus;
import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.batch.BatchEntry;
import cn.szftu.studio.batch.BatchEntryRepository;
import cn.szftu.studio.batch.BatchProperties;
import cn.szftu.studio.batch.BatchQuota;
import cn.szftu.studio.batch.BatchQuotaRepository;
import cn.szftu.studio.batch.BatchStage;
import cn.szftu.studio.batch.EntryOutcome;
import cn.szftu.studio.batch.NamingBatch;
import cn.szftu.studio.batch.NamingBatchRepository;
import cn.szftu.studio.calendar.WorkingDays;
import cn.szftu.studio.evaluation.Evaluation;
import cn.szftu.studio.evaluation.EvaluationExplanation;
import cn.szftu.studio.evaluation.EvaluationService;
import cn.szftu.studio.notice.NoticePeriod;
import cn.szftu.studio.notice.ObjectionService;
import cn.szftu.studio.organisation.Organisation;
import cn.szftu.studio.organisation.OrganisationKind;
import cn.szftu.studio.organisation.OrganisationRepository;
import cn.szftu.studio.ranking.BatchRanking;
import cn.szftu.studio.ranking.RankedEntry;
import cn.szftu.studio.ranking.RankingCandidate;
import cn.szftu.studio.ranking.RankingOutcome;
import cn.szftu.studio.ranking.RankingRules;
import cn.szftu.studio.registry.RegistryService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A naming batch from opening to naming, as records: the batch and its quotas, the settlement check, the ranking into
 * batch entries, the decision body's removals, the public notice, the investigations check and the naming into the
 * registry. Engine-free: the naming-batch process's delegates only call it.
 */
@Service
@Transactional
public class NamingBatchService {

  /** Statuses in which an application still keeps its batch waiting. */
  static final Set<ApplicationStatus> UNSETTLED = EnumSet.of(ApplicationStatus.SUBMITTED,
      ApplicationStatus.CORRECTION_REQUIRED, ApplicationStatus.AWAITING_RECOMMENDATION,
      ApplicationStatus.AWAITING_INITIAL_REVIEW, ApplicationStatus.EXPERT_EVALUATION);

  private final NamingBatchRepository batches;
  private final BatchQuotaRepository quotas;
  private final BatchEntryRepository entries;
  private final ApplicationRepository applications;
  private final ApplicationService applicationService;
  private final EvaluationService evaluations;
  private final OrganisationRepository organisations;
  private final BatchRanking ranking;
  private final RankingProperties rankingProperties;
  private final RegistryService registry;
  private final ObjectionService objections;
  private final WorkingDays workingDays;
  private final Clock clock;

  public NamingBatchService(NamingBatchRepository batches, BatchQuotaRepository quotas, BatchEntryRepository entries,
      ApplicationRepository applications, ApplicationService applicationService, EvaluationService evaluations,
      OrganisationRepository organisations, BatchRanking ranking, RankingProperties rankingProperties,
      RegistryService registry, ObjectionService objections, WorkingDays workingDays, Clock clock) {
    this.batches = batches;
    this.quotas = quotas;
    this.entries = entries;
    this.applications = applications;
    this.applicationService = applicationService;
    this.evaluations = evaluations;
    this.organisations = organisations;
    this.ranking = ranking;
    this.rankingProperties = rankingProperties;
    this.registry = registry;
    this.objections = objections;
    this.workingDays = workingDays;
    this.clock = clock;
  }

  public NamingBatch get(String code) {
    return batches.findById(code).orElseThrow(() -> new IllegalStateException("batch " + code + " does not exist"));
  }

  /** Opens a new batch with its quotas for every active recommending union; one batch per year. */
  public NamingBatch open(BatchParameters p, String processInstanceId) {
    if (batches.existsById(p.code())) {
      throw new InvalidSubmissionException(new FieldProblem("year", "批次年度", p.year() + " 年度的命名批次已经存在"));
    }
    Instant now = clock.instant();
    NamingBatch batch = NamingBatch.opened(new BatchProperties.Batch(p.code(), p.year(), p.title(),
        p.windowOpensAt(), p.windowClosesAt(), p.correctionWorkingDays(), p.defaultQuota(), p.unionQuotas(),
        p.panelSize(), p.disagreementThreshold(), p.indicatorVersion(), p.passLine(), p.totalQuota(),
        p.noticeWorkingDays(), p.outcomeLabel()), now);
    batch.attachProcess(processInstanceId, now);
    batches.save(batch);
    for (Organisation union : activeUnions()) {
      quotas.save(new BatchQuota(p.code(), union.getCode(),
          p.unionQuotas().getOrDefault(union.getCode(), p.defaultQuota())));
    }
    return batch;
  }

  /** A configured batch gets its process at start-up. */
  public void attach(String code, String processInstanceId) {
    NamingBatch batch = get(code);
    if (batch.getProcessInstanceId() != null) {
      throw new IllegalStateException("batch " + code + " already runs in process " + batch.getProcessInstanceId());
    }
    batch.attachProcess(processInstanceId, clock.instant());
  }

  /** After the window: whether every application of the batch is evaluated or has ended (the batch row is locked). */
  public boolean allSettled(String code) {
    NamingBatch batch = batches.lock(code).orElseThrow();
    batch.moveTo(BatchStage.AWAITING_EVALUATIONS, clock.instant());
    return applications.countByBatchCodeAndStatusIn(code, UNSETTLED) == 0;
  }

  /** Ranks the evaluated applications and records every one's place and outcome. */
  public List<RankedEntry> rank(String code) {
    NamingBatch batch = get(code);
    List<RankingCandidate> candidates = new ArrayList<>();
    List<Application> evaluatedApplications = applications.findByBatchCodeOrderByIdAsc(code).stream()
        .filter(a -> a.getStatus() == ApplicationStatus.EVALUATED).toList();
    // the batch's evaluations in one query, not one per application (500 applications: 500 queries fewer)
    Map<Long, Evaluation> evaluated = evaluations.latestCompleted(
        evaluatedApplications.stream().map(Application::getId).toList());
    for (Application application : evaluatedApplications) {
      Evaluation evaluation = evaluated.get(application.getId());
      if (evaluation == null) {
        throw new IllegalStateException(application.getNumber() + " is evaluated but has no completed evaluation");
      }
      candidates.add(new RankingCandidate(application.getId(), application.getNumber(), application.getUnionCode(),
          evaluation.getPanelScore(), Boolean.TRUE.equals(evaluation.getExcluded()), tieBreak(evaluation),
          application.getSubmittedAt()));
    }
    Map<String, Integer> unionQuotas = quotas.findByBatchCode(code).stream()
        .collect(Collectors.toMap(BatchQuota::getUnionCode, BatchQuota::getQuota));
    Map<String, String> unionNames = activeUnions().stream()
        .collect(Collectors.toMap(Organisation::getCode, Organisation::getName));
    List<RankedEntry> ranked = ranking.rank(candidates, new RankingRules(batch.getPassLine(), unionQuotas, 0,
        batch.getTotalQuota(), unionNames));
    Instant now = clock.instant();
    // an application's entry can only be in its own batch: one query for the batch's existing entries
    Set<Long> entered = entries.findByBatchCodeOrderByIdAsc(code).stream().map(BatchEntry::getApplicationId)
        .collect(Collectors.toSet());
    for (RankedEntry entry : ranked) {
      RankingCandidate c = entry.candidate();
      if (!entered.contains(c.applicationId())) {
        entries.save(new BatchEntry(code, c.applicationId(), entry.rank(), c.panelScore(), c.innovationSubtotal(),
            outcome(entry.outcome()), entry.reason(), now));
      }
    }
    batch.moveTo(BatchStage.AWAITING_CONFIRMATION, now);
    return ranked;
  }

  /** The proposed list and the others, as the city office and the decision body read it. */
  @Transactional(readOnly = true)
  public String proposalText(String code) {
    StringBuilder text = new StringBuilder();
    List<BatchEntry> all = entries.findByBatchCodeOrderByIdAsc(code);
    int proposed = 0;
    for (BatchEntry entry : all) {
      if (entry.getOutcome() == EntryOutcome.PROPOSED) {
        proposed++;
      }
    }
    text.append("拟").append(get(code).getOutcomeLabel()).append(" ").append(proposed).append(" 个，共 ")
        .append(all.size()).append(" 个申报参加排序：\n");
    Map<Long, Application> byId = applications.findAllById(all.stream().map(BatchEntry::getApplicationId).toList())
        .stream().collect(Collectors.toMap(Application::getId, a -> a));
    for (BatchEntry entry : all) {
      Application application = byId.get(entry.getApplicationId());
      text.append(entry.getRank() == null ? "—" : "第 " + entry.getRank() + " 名").append("　")
          .append(application.getNumber()).append("　").append(application.getStudioName()).append("　")
          .append(unionName(application.getUnionCode())).append("　")
          .append(entry.getPanelScore() == null ? "—" : entry.getPanelScore().toPlainString() + " 分").append("　")
          .append(entry.getOutcome().label());
      if (entry.getOutcome() != EntryOutcome.PROPOSED && entry.getReasons() != null) {
        text.append("（").append(entry.getReasons()).append("）");
      }
      text.append('\n');
    }
    return text.toString();
  }

  public void confirmed(String code) {
    get(code).moveTo(BatchStage.AWAITING_DECISION, clock.instant());
  }

  /** Removes proposed entries by application number, each with its reasons; unknown or unproposed numbers refused. */
  public void removeByLeadership(String code, Map<String, String> removals) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<BatchEntry, String> found = new LinkedHashMap<>();
    removals.forEach((number, reasons) -> {
      Optional<BatchEntry> entry = applications.findByNumber(number)
          .flatMap(a -> entries.findByApplicationId(a.getId()))
          .filter(e -> e.getBatchCode().equals(code) && e.getOutcome() == EntryOutcome.PROPOSED);
      if (entry.isEmpty()) {
        problems.add(new FieldProblem("removals", "不予列入的申报", "“" + number + "”不在本批次拟命名名单中"));
      } else {
        found.put(entry.get(), reasons);
      }
    });
    if (!problems.isEmpty()) {
      throw new InvalidSubmissionException(problems);
    }
    Instant now = clock.instant();
    found.forEach((entry, reasons) -> entry.remove(EntryOutcome.REMOVED_BY_LEADERSHIP, reasons, now));
  }

  /** Publishes the approved list for the batch's notice period and makes the evaluation results visible. */
  public NoticePeriod publishNotice(String code) {
    NamingBatch batch = get(code);
    Instant now = clock.instant();
    NoticePeriod period = NoticePeriod.of(workingDays, now.atZone(WorkingDays.ZONE).toLocalDate(),
        batch.getNoticeWorkingDays());
    batch.publishNotice(now, period.endsAt());
    batch.publishResults(now);
    entries.findByBatchCodeOrderByIdAsc(code).forEach(e -> e.putOnNotice(now));
    return period;
  }

  /** After the notice: whether every objection is concluded (the batch row is locked); the list leaves the notice. */
  public boolean investigationsDone(String code) {
    NamingBatch batch = batches.lock(code).orElseThrow();
    Instant now = clock.instant();
    if (batch.getStage() == BatchStage.ON_NOTICE) {
      batch.moveTo(BatchStage.AWAITING_INVESTIGATIONS, now);
      entries.findByBatchCodeOrderByIdAsc(code).forEach(e -> e.endNotice(now));
    }
    boolean done = !objections.hasOpenObjections(code);
    if (done) {
      batch.moveTo(BatchStage.AWAITING_NAMING, now);
    }
    return done;
  }

  /** Names every remaining proposed studio into the registry; answers each evaluated application's outcome. */
  public Map<Long, EntryOutcome> name(String code, String decisionNumber, LocalDate decisionDate, String userId) {
    NamingBatch batch = get(code);
    Instant now = clock.instant();
    Map<Long, EntryOutcome> outcomes = new LinkedHashMap<>();
    int sequence = 0;
    for (BatchEntry entry : entries.findByBatchCodeOrderByIdAsc(code)) {
      if (entry.getOutcome() == EntryOutcome.PROPOSED) {
        Application application = applications.findById(entry.getApplicationId()).orElseThrow();
        var content = applicationService.content(application);
        registry.name(new RegistryService.Naming(application.getId(), code, batch.getYear(), ++sequence,
            application.getStudioName(), application.getLeaderName(), application.getHostUnitCode(),
            content.hostUnitName(), application.getUnionCode(), entry.getPanelScore(), decisionNumber, decisionDate,
            batch.getOutcomeLabel(), userId));
        entry.markNamed(now);
      }
      outcomes.put(entry.getApplicationId(), entry.getOutcome());
    }
    batch.recordNaming(decisionNumber, decisionDate, now);
    return outcomes;
  }

  /** Application number of an entry's application, for correlating the naming decision. */
  @Transactional(readOnly = true)
  public String applicationNumber(long applicationId) {
    return applications.findById(applicationId).orElseThrow().getNumber();
  }

  private BigDecimal tieBreak(Evaluation evaluation) {
    return evaluations.explanation(evaluation).flatMap(e -> e.indicators().stream()
            .filter(l -> l.level() == 1 && l.id().equals(rankingProperties.tieBreakIndicator()))
            .map(EvaluationExplanation.Line::mean).findFirst())
        .orElse(null);
  }

  private static EntryOutcome outcome(RankingOutcome outcome) {
    return switch (outcome) {
      case PROPOSED -> EntryOutcome.PROPOSED;
      case OVER_UNION_QUOTA -> EntryOutcome.OVER_UNION_QUOTA;
      case OVER_TOTAL_QUOTA -> EntryOutcome.OVER_TOTAL_QUOTA;
      case BELOW_PASS_LINE -> EntryOutcome.BELOW_PASS_LINE;
      case VETOED -> EntryOutcome.VETOED;
    };
  }

  private List<Organisation> activeUnions() {
    return organisations.findByKindAndActiveTrueOrderBySortOrder(OrganisationKind.RECOMMENDING_UNION);
  }

  private String unionName(String code) {
    return organisations.findById(code).map(Organisation::getName).orElse(code);
  }
}
