package cn.szftu.studio.evaluation;

import cn.szftu.studio.application.Application;
import cn.szftu.studio.application.ApplicationDecision;
import cn.szftu.studio.application.ApplicationDecisionRepository;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.application.EvaluationPanels;
import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.batch.NamingBatch;
import cn.szftu.studio.batch.NamingBatchRepository;
import cn.szftu.studio.evaluation.ExpertEvaluationProcess.Declaration;
import cn.szftu.studio.evaluation.ExpertEvaluationProcess.DisagreementDecision;
import cn.szftu.studio.expert.CaseFacts;
import cn.szftu.studio.expert.DrawResult;
import cn.szftu.studio.expert.Expert;
import cn.szftu.studio.expert.ExpertDraw;
import cn.szftu.studio.expert.ExpertProfile;
import cn.szftu.studio.expert.ExpertRepository;
import cn.szftu.studio.indicator.IndicatorSet;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.scoring.ItemScore;
import cn.szftu.studio.scoring.PanelResult;
import cn.szftu.studio.scoring.PanelScoring;
import cn.szftu.studio.scoring.ScoreSheet;
import cn.szftu.studio.scoring.ScoreSheetRejectedException;
import cn.szftu.studio.scoring.ScoringParameters;
import cn.szftu.studio.scoring.ScoringStructure;
import cn.szftu.studio.scoring.Veto;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert evaluation of one application as a record: starting it with the batch's parameters and the indicator
 * version of the day, drawing the panel and replacements (seed recorded), declarations, score sheets, aggregation by
 * {@link PanelScoring} and the city office's decisions. Engine-free: the process's delegates only call it.
 */
@Service
@Transactional
public class EvaluationService implements EvaluationPanels {

  private final EvaluationRepository evaluations;
  private final EvaluationMemberRepository members;
  private final EvaluationDrawRepository draws;
  private final ExpertRepository experts;
  private final ApplicationService applications;
  private final ApplicationDecisionRepository decisions;
  private final NamingBatchRepository batches;
  private final StudioRepository studios;
  private final IndicatorSets indicatorSets;
  private final PanelScoring scoring;
  private final EvaluationProperties properties;
  private final ObjectMapper json;
  private final Clock clock;
  private final SecureRandom seeds = new SecureRandom();

  public EvaluationService(EvaluationRepository evaluations, EvaluationMemberRepository members,
      EvaluationDrawRepository draws, ExpertRepository experts, ApplicationService applications,
      ApplicationDecisionRepository decisions, NamingBatchRepository batches, StudioRepository studios,
      IndicatorSets indicatorSets, PanelScoring scoring, EvaluationProperties properties, ObjectMapper json,
      Clock clock) {
    this.evaluations = evaluations;
    this.members = members;
    this.draws = draws;
    this.experts = experts;
    this.applications = applications;
    this.decisions = decisions;
    this.batches = batches;
    this.studios = studios;
    this.indicatorSets = indicatorSets;
    this.scoring = scoring;
    this.properties = properties;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Starts the evaluation of an application for a process instance (again: the same record). A naming evaluation
   * uses the batch's indicator version, else the default version now; a re-assessment the version its studio was
   * named on, so the studio is re-scored on the same indicator set. Panel size and disagreement threshold are the
   * batch's in both cases. The version never changes afterwards.
   */
  public Evaluation start(long applicationId, String processInstanceId, EvaluationPurpose purpose) {
    Optional<Evaluation> existing = evaluations.findByProcessInstanceId(processInstanceId);
    if (existing.isPresent()) {
      return existing.get();
    }
    Application application = applications.get(applicationId);
    NamingBatch batch = batches.findById(application.getBatchCode()).orElseThrow();
    String batchVersion = batch.getIndicatorVersion() != null
        ? indicatorSets.get(batch.getIndicatorVersion()).version() : indicatorSets.getDefault().version();
    String version = purpose == EvaluationPurpose.REASSESSMENT
        ? latestCompleted(applicationId).map(Evaluation::getIndicatorVersion).orElse(batchVersion) : batchVersion;
    return evaluations.save(new Evaluation(applicationId, purpose, processInstanceId, version, batch.getPanelSize(),
        batch.getDisagreementThreshold(), clock.instant()));
  }

  public Evaluation get(long evaluationId) {
    return evaluations.findById(evaluationId)
        .orElseThrow(() -> new IllegalStateException("evaluation " + evaluationId + " does not exist"));
  }

  public List<EvaluationMember> members(long evaluationId) {
    return members.findByEvaluationIdOrderBySeatAscIdAsc(evaluationId);
  }

  public List<EvaluationDraw> draws(long evaluationId) {
    return draws.findByEvaluationIdOrderByDrawNoAsc(evaluationId);
  }

  /**
   * Draws experts for every empty seat. Seats are numbered in the order they are created; a seat whose expert recused
   * is filled by {@link #replace}, not here.
   */
  public PanelFill fillPanel(long evaluationId) {
    Evaluation evaluation = get(evaluationId);
    List<EvaluationMember> current = members(evaluationId);
    long held = current.stream().filter(m -> m.getState().holdsSeat()).count();
    Set<Integer> seatsUsed = current.stream().map(EvaluationMember::getSeat).collect(Collectors.toSet());
    int missing = (int) (evaluation.getPanelSize() - held);
    if (missing > 0) {
      DrawPurpose purpose = evaluation.getDisagreementDecision() == DisagreementDecision.ADD_EXPERT
          ? DrawPurpose.ADDITIONAL : DrawPurpose.PANEL;
      DrawResult result = draw(evaluation, current, missing, purpose);
      int seat = seatsUsed.stream().mapToInt(Integer::intValue).max().orElse(0);
      Instant now = clock.instant();
      for (String expertId : result.drawn()) {
        members.save(new EvaluationMember(evaluationId, ++seat, expertId, now));
      }
      members.flush();
      current = members(evaluationId);
    }
    return fill(evaluation, current);
  }

  /** The city office settles for the experts drawn so far; refused below the minimum panel size. */
  public PanelFill proceedWithFewer(long evaluationId) {
    Evaluation evaluation = get(evaluationId);
    List<EvaluationMember> current = members(evaluationId);
    int held = (int) current.stream().filter(m -> m.getState().holdsSeat()).count();
    if (held < properties.minimumPanelSize()) {
      throw new InvalidSubmissionException(new FieldProblem(ExpertEvaluationProcess.FIELD_DECISION, "处理方式",
          "目前仅抽取到 " + held + " 名专家，少于评审组最少 " + properties.minimumPanelSize()
              + " 名专家的要求，不能以现有专家继续评审；请补充专家库后选择“重新抽取”"));
    }
    evaluation.shrinkPanelTo(held);
    return fill(evaluation, current);
  }

  /** The expert currently holding a seat (drawn, declared or submitted). */
  public EvaluationMember holder(long evaluationId, int seat) {
    return members(evaluationId).stream().filter(m -> m.getSeat() == seat && m.getState().holdsSeat())
        .findFirst().orElseThrow(() -> new IllegalStateException("seat " + seat + " of evaluation " + evaluationId
            + " has no expert"));
  }

  public void declare(long evaluationId, int seat, String expertId, Declaration declaration, String recusalReason) {
    EvaluationMember member = holder(evaluationId, seat);
    requireExpert(member, expertId);
    if (declaration == Declaration.NO_CONFLICT) {
      member.declareNoConflict(clock.instant());
    } else {
      member.recuse(recusalReason, clock.instant());
    }
  }

  /** Draws a replacement for a seat whose expert recused; empty when nobody eligible is left. */
  public Optional<String> replace(long evaluationId, int seat) {
    Evaluation evaluation = get(evaluationId);
    List<EvaluationMember> current = members(evaluationId);
    if (current.stream().anyMatch(m -> m.getSeat() == seat && m.getState().holdsSeat())) {
      throw new IllegalStateException("seat " + seat + " of evaluation " + evaluationId + " is held");
    }
    DrawResult result = draw(evaluation, current, 1, DrawPurpose.REPLACEMENT);
    if (result.drawn().isEmpty()) {
      return Optional.empty();
    }
    String expertId = result.drawn().get(0);
    members.save(new EvaluationMember(evaluationId, seat, expertId, clock.instant()));
    return Optional.of(expertId);
  }

  /** The city office leaves a seat empty after a recusal nobody can replace; refused below the minimum panel size. */
  public void leaveVacant(long evaluationId, int seat) {
    Evaluation evaluation = get(evaluationId);
    List<EvaluationMember> current = members(evaluationId);
    int remaining = evaluation.getPanelSize() - 1;
    if (remaining < properties.minimumPanelSize()) {
      throw new InvalidSubmissionException(new FieldProblem(ExpertEvaluationProcess.FIELD_DECISION, "处理方式",
          "空缺此席后评审组只剩 " + remaining + " 名专家，少于最少 " + properties.minimumPanelSize()
              + " 名的要求；请补充专家库后选择“重新抽取替补专家”"));
    }
    current.stream().filter(m -> m.getSeat() == seat && m.getState() == MemberState.RECUSED)
        .reduce((first, second) -> second).orElseThrow().vacate();
    evaluation.shrinkPanelTo(evaluation.getPanelSize() - 1);
  }

  /**
   * Stores one expert's score sheet after checking it against the evaluation's indicator version; every problem is
   * reported at once, naming the item, and nothing is stored when there is one.
   */
  public void submit(long evaluationId, int seat, ScoreSheet sheet) {
    Evaluation evaluation = get(evaluationId);
    EvaluationMember member = holder(evaluationId, seat);
    requireExpert(member, sheet.expertId());
    if (member.getState() == MemberState.SUBMITTED) {
      throw new InvalidSubmissionException(new FieldProblem("scores", "评分", "本席专家已提交过评分，不能重复提交"));
    }
    List<String> problems = scoring.validate(structure(evaluation), List.of(sheet));
    if (!problems.isEmpty()) {
      throw new ScoreSheetRejectedException(problems);
    }
    member.submit(
        sheet.scores().stream().map(s -> new EvaluationMember.Points(s.itemId(), s.points())).toList(),
        sheet.vetoes().stream().map(v -> new EvaluationMember.RaisedVeto(v.flag(), v.facts())).toList(),
        sheet.comment(), clock.instant());
  }

  /** Scores the panel from the submitted sheets and records the result; the status follows the disagreement flag. */
  public PanelResult aggregate(long evaluationId) {
    Evaluation evaluation = get(evaluationId);
    IndicatorSet set = indicatorSets.get(evaluation.getIndicatorVersion());
    List<ScoreSheet> sheets = members(evaluationId).stream().filter(m -> m.getState() == MemberState.SUBMITTED)
        .map(EvaluationService::sheet).toList();
    PanelResult result = scoring.score(ScoringStructure.of(set), sheets,
        new ScoringParameters(evaluation.getDisagreementThreshold()));
    evaluation.recordResult(result.panelScore(), result.trimmed(), result.excluded(), result.disagreement(),
        result.spread(), write(EvaluationExplanation.of(set, result)));
    evaluation.setStatus(result.disagreement() ? EvaluationStatus.DISAGREEMENT_REVIEW : EvaluationStatus.IN_PROGRESS);
    return result;
  }

  /** The city office accepts a disagreeing panel, or asks for one more expert (drawn by {@link #fillPanel}). */
  public void decideDisagreement(long evaluationId, DisagreementDecision decision, String reasons) {
    Evaluation evaluation = get(evaluationId);
    evaluation.recordDisagreementDecision(decision, reasons);
    if (decision == DisagreementDecision.ADD_EXPERT) {
      evaluation.addSeat();
      evaluation.setStatus(EvaluationStatus.DRAWING);
    }
  }

  public void markShortage(long evaluationId) {
    get(evaluationId).setStatus(EvaluationStatus.EXPERT_SHORTAGE);
  }

  public void markInProgress(long evaluationId) {
    get(evaluationId).setStatus(EvaluationStatus.IN_PROGRESS);
  }

  public Evaluation complete(long evaluationId) {
    Evaluation evaluation = get(evaluationId);
    evaluation.complete(clock.instant());
    return evaluation;
  }

  /**
   * The evaluation's process ended without a result (cancelled, or its caller was interrupted): the record says so,
   * and its experts no longer count as an active panel.
   */
  public void cancelIfRunning(long evaluationId) {
    Evaluation evaluation = get(evaluationId);
    if (evaluation.getStatus().running()) {
      evaluation.cancel(clock.instant());
    }
  }

  /** The structure an evaluation is scored against (its recorded indicator version). */
  @Transactional(readOnly = true)
  public ScoringStructure structure(Evaluation evaluation) {
    return ScoringStructure.of(indicatorSets.get(evaluation.getIndicatorVersion()));
  }

  /** The published explanation of a completed evaluation. */
  @Transactional(readOnly = true)
  public Optional<EvaluationExplanation> explanation(Evaluation evaluation) {
    if (evaluation.getResult() == null || evaluation.getStatus() != EvaluationStatus.COMPLETED) {
      return Optional.empty();
    }
    try {
      return Optional.of(json.readValue(evaluation.getResult(), EvaluationExplanation.class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored result of evaluation " + evaluation.getId() + " is unreadable", e);
    }
  }

  /**
   * The latest completed naming evaluation of an application: what its page shows and its batch ranks. Re-assessments
   * of the studio it became never take its place.
   */
  @Transactional(readOnly = true)
  public java.util.Map<Long, Evaluation> latestCompleted(java.util.Collection<Long> applicationIds) {
    java.util.Map<Long, Evaluation> latest = new java.util.HashMap<>();
    if (applicationIds.isEmpty()) {
      return latest;
    }
    // one query for a whole batch instead of one per application; in id order, so the latest completed one wins
    for (Evaluation evaluation : evaluations.findByApplicationIdInAndPurposeOrderByIdAsc(applicationIds,
        EvaluationPurpose.NAMING)) {
      if (evaluation.getStatus() == EvaluationStatus.COMPLETED) {
        latest.put(evaluation.getApplicationId(), evaluation);
      }
    }
    return latest;
  }

  /** {@link #latestCompleted(java.util.Collection)} of one application. */
  @Transactional(readOnly = true)
  public Optional<Evaluation> latestCompleted(long applicationId) {
    List<Evaluation> all = evaluations.findByApplicationIdAndPurposeOrderByIdAsc(applicationId,
        EvaluationPurpose.NAMING);
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).getStatus() == EvaluationStatus.COMPLETED) {
        return Optional.of(all.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the user holds an undecided or declared seat on a running evaluation of the application, naming or
   * re-assessment: the panel reads the application's materials either way.
   */
  @Override
  @Transactional(readOnly = true)
  public boolean isActivePanelMember(String userId, long applicationId) {
    Set<Long> running = evaluations.findByApplicationIdOrderByIdAsc(applicationId).stream()
        .filter(e -> e.getStatus().running()).map(Evaluation::getId).collect(Collectors.toSet());
    return !running.isEmpty() && members.findByExpertIdOrderByIdAsc(userId).stream()
        .anyMatch(m -> running.contains(m.getEvaluationId())
            && (m.getState() == MemberState.DRAWN || m.getState() == MemberState.DECLARED));
  }

  private DrawResult draw(Evaluation evaluation, List<EvaluationMember> current, int n, DrawPurpose purpose) {
    Application application = applications.get(evaluation.getApplicationId());
    Set<String> involved = new HashSet<>();
    decisions.findByApplicationIdOrderByDecidedAtAscIdAsc(application.getId()).stream()
        .map(ApplicationDecision::getActorUserId).filter(Objects::nonNull).forEach(involved::add);
    // Experts of an earlier evaluation of the same application were involved in this case too, naming or
    // re-assessment: no expert scores the same studio twice, so a second assessment after rectification gets fresh
    // eyes (the pool must grow with the registry).
    for (Evaluation earlier : evaluations.findByApplicationIdOrderByIdAsc(application.getId())) {
      if (!earlier.getId().equals(evaluation.getId())) {
        members(earlier.getId()).forEach(m -> involved.add(m.getExpertId()));
      }
    }
    CaseFacts facts = facts(evaluation, application, involved);
    List<ExpertProfile> pool = experts.findAllByOrderById().stream().map(Expert::toProfile).toList();
    Set<String> onPanel = current.stream().map(EvaluationMember::getExpertId).collect(Collectors.toSet());
    long seed = seeds.nextLong();
    DrawResult result = ExpertDraw.draw(pool, facts, n, seed, onPanel);
    int drawNo = draws(evaluation.getId()).size() + 1;
    draws.save(new EvaluationDraw(evaluation.getId(), drawNo, purpose, seed, n, String.join(",", result.drawn()),
        write(result.excluded()), clock.instant()));
    return result;
  }

  /**
   * Whose conflicts count: the application's host unit and union, or for a re-assessment the studio's as the registry
   * has them now (a change may have moved the studio to another unit since it was named).
   */
  private CaseFacts facts(Evaluation evaluation, Application application, Set<String> involved) {
    Optional<Studio> studio = evaluation.getPurpose() == EvaluationPurpose.REASSESSMENT
        ? studios.findByApplicationId(application.getId()) : Optional.empty();
    if (studio.isPresent()) {
      return new CaseFacts(studio.get().getHostUnitCode(), studio.get().getHostUnitName(),
          studio.get().getUnionCode(), involved);
    }
    return new CaseFacts(application.getHostUnitCode(), applications.content(application).hostUnitName(),
        application.getUnionCode(), involved);
  }

  private PanelFill fill(Evaluation evaluation, List<EvaluationMember> current) {
    int held = (int) current.stream().filter(m -> m.getState().holdsSeat()).count();
    List<Integer> pending = current.stream()
        .filter(m -> m.getState() == MemberState.DRAWN || m.getState() == MemberState.DECLARED)
        .map(EvaluationMember::getSeat).sorted().toList();
    boolean complete = held >= evaluation.getPanelSize();
    evaluation.setStatus(complete ? EvaluationStatus.IN_PROGRESS : EvaluationStatus.EXPERT_SHORTAGE);
    return new PanelFill(complete, pending, held, evaluation.getPanelSize());
  }

  private static void requireExpert(EvaluationMember member, String expertId) {
    if (!member.getExpertId().equals(expertId)) {
      throw new InvalidSubmissionException(new FieldProblem("expert", "评审专家",
          "本席评审专家为 " + member.getExpertId() + "，" + expertId + " 不能代为声明或评分"));
    }
  }

  private static ScoreSheet sheet(EvaluationMember member) {
    return new ScoreSheet(member.getExpertId(),
        member.getScores().stream().map(p -> new ItemScore(p.getItemId(), p.getPoints())).toList(),
        member.getComment(), member.getVetoes().stream().map(v -> new Veto(v.getFlag(), v.getFacts())).toList());
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }
}
