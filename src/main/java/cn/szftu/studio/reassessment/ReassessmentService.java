package cn.szftu.studio.reassessment;

import cn.szftu.studio.ClockConfiguration;
import cn.szftu.studio.DisplayDates;
import cn.szftu.studio.calendar.WorkingDays;
import cn.szftu.studio.evaluation.Evaluation;
import cn.szftu.studio.evaluation.EvaluationExplanation;
import cn.szftu.studio.evaluation.EvaluationPurpose;
import cn.szftu.studio.evaluation.EvaluationService;
import cn.szftu.studio.evaluation.EvaluationStatus;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioEvent;
import cn.szftu.studio.registry.StudioEventKind;
import cn.szftu.studio.registry.StudioEventRepository;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.registry.StudioStatus;
import cn.szftu.studio.security.Groups;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to a studio's re-assessments: scheduling, opening a round, recording an assessment and its outcome
 * (from the reassessment-outcome DMN), the rectification order, the host unit's report or its lapse, the revocation
 * decision; each step the public may see goes into the studio's history. Engine-free: the delegates only call it.
 */
@Service
@Transactional
public class ReassessmentService {

  /** The revocation process accepts a basis of at most this many characters. */
  static final int MAX_BASIS = 2000;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final ReassessmentRepository rounds;
  private final StudioRepository studios;
  private final StudioEventRepository events;
  private final EvaluationService evaluations;
  private final ReassessmentOutcomeDecision decision;
  private final ReviewCycle cycle;
  private final WorkingDays workingDays;
  private final ReassessmentProperties properties;
  private final Clock clock;

  public ReassessmentService(ReassessmentRepository rounds, StudioRepository studios, StudioEventRepository events,
      EvaluationService evaluations, ReassessmentOutcomeDecision decision, ReviewCycle cycle,
      WorkingDays workingDays, ReassessmentProperties properties, Clock clock) {
    this.rounds = rounds;
    this.studios = studios;
    this.events = events;
    this.evaluations = evaluations;
    this.decision = decision;
    this.cycle = cycle;
    this.workingDays = workingDays;
    this.properties = properties;
    this.clock = clock;
  }

  public Studio studio(long studioId) {
    return studios.findById(studioId)
        .orElseThrow(() -> new IllegalStateException("studio " + studioId + " does not exist"));
  }

  public Reassessment get(long reassessmentId) {
    return rounds.findById(reassessmentId)
        .orElseThrow(() -> new IllegalStateException("reassessment " + reassessmentId + " does not exist"));
  }

  @Transactional(readOnly = true)
  public List<Reassessment> ofStudio(long studioId) {
    return rounds.findByStudioIdOrderByRoundAsc(studioId);
  }

  /** The day the studio's next re-assessment is due (see {@link ReviewCycle}). */
  @Transactional(readOnly = true)
  public LocalDate nextReviewDate(long studioId) {
    Studio studio = studio(studioId);
    List<Reassessment> done = ofStudio(studioId);
    LocalDate lastDue = done.isEmpty() ? null : done.get(done.size() - 1).getDueOn();
    return cycle.nextDate(studio.getDecisionDate(), lastDue, LocalDate.now(clock));
  }

  /** The moment the studio's next re-assessment begins, for the process's timer. */
  @Transactional(readOnly = true)
  public Instant nextReviewAt(long studioId) {
    return cycle.startOf(nextReviewDate(studioId));
  }

  /** The re-assessment scheduled for {@code dueAt} begins: its round is opened, then the experts are called. */
  public Reassessment open(long studioId, String processInstanceId, Instant dueAt) {
    int round = ofStudio(studioId).size() + 1;
    return rounds.save(new Reassessment(studio(studioId).getId(), round,
        LocalDate.ofInstant(dueAt, ClockConfiguration.ZONE), processInstanceId, clock.instant()));
  }

  /**
   * Records a finished re-assessment evaluation and decides the outcome with the DMN. A rectification order sets the
   * deadline in working days and marks the studio 限期整改中; whatever the second assessment decides ends that mark.
   */
  public ReassessmentOutcome decide(long reassessmentId, long evaluationId) {
    Reassessment round = get(reassessmentId);
    Evaluation evaluation = evaluations.get(evaluationId);
    if (evaluation.getStatus() != EvaluationStatus.COMPLETED
        || evaluation.getPurpose() != EvaluationPurpose.REASSESSMENT) {
      throw new IllegalStateException("evaluation " + evaluationId + " is no completed re-assessment evaluation");
    }
    boolean second = round.afterRectification();
    boolean vetoed = Boolean.TRUE.equals(evaluation.getExcluded());
    BigDecimal score = evaluation.getPanelScore();
    ReassessmentOutcome outcome = decision.decide(score, vetoed, second);
    Instant now = clock.instant();
    round.recordAssessment(evaluationId, score, vetoed, outcome, now);
    Studio studio = studio(round.getStudioId());
    String head = heading(round, second) + "：" + outcome.label() + "。";
    switch (outcome) {
      case KEEP -> {
        studio.endRectification(now);
        event(studio, StudioEventKind.REASSESSED, head + "专家复核得分 " + score(score) + " 分，"
            + (second ? "达到" : "不低于") + "保留线 " + line(properties.keepLine()) + " 分。");
      }
      case RECTIFY -> {
        Instant deadline = workingDays.deadlineAfter(LocalDate.now(clock), properties.rectificationWorkingDays());
        round.orderRectification(deadline);
        studio.startRectification(now);
        event(studio, StudioEventKind.RECTIFICATION, head + "专家复核得分 " + score(score) + " 分，低于保留线 "
            + line(properties.keepLine()) + " 分；整改期限至 " + DisplayDates.lastDay(deadline) + "，期满前提交整改报告后再次复核。");
      }
      case REVOKE -> {
        studio.endRectification(now);
        event(studio, StudioEventKind.REASSESSED, head + reasonForRevocation(round, evaluation) + "，移送撤销程序。");
      }
      default -> throw new IllegalStateException("unknown outcome " + outcome);
    }
    return outcome;
  }

  /** The host unit's group, which is asked for the rectification report. */
  @Transactional(readOnly = true)
  public String hostUnitGroup(long studioId) {
    return Groups.unitGroup(studio(studioId).getHostUnitCode());
  }

  /** The round of a process instance that waits for the host unit's rectification report. */
  @Transactional(readOnly = true)
  public Reassessment rectifying(String processInstanceId) {
    return rounds.findByProcessInstanceIdAndStatus(processInstanceId, ReassessmentStatus.RECTIFYING)
        .orElseThrow(() -> new IllegalStateException("no rectifying re-assessment in " + processInstanceId));
  }

  /** The host unit reported its rectification; the studio is assessed again. */
  public void submitReport(long reassessmentId, String report, String userId) {
    Reassessment round = get(reassessmentId);
    round.submitReport(report, userId, clock.instant());
    event(studio(round.getStudioId()), StudioEventKind.RECTIFICATION,
        heading(round, false) + "：依托单位已提交整改报告，进行整改后复核。");
  }

  /** The deadline passed without a report: the studio is assessed again as it stands. */
  public void lapse(long reassessmentId) {
    Reassessment round = get(reassessmentId);
    round.lapse();
    event(studio(round.getStudioId()), StudioEventKind.RECTIFICATION,
        heading(round, false) + "：整改期限届满，依托单位未提交整改报告，按现状进行整改后复核。");
  }

  /** What the city office and the experts are told about the order, on the report task. */
  @Transactional(readOnly = true)
  public String findings(long reassessmentId) {
    Reassessment round = get(reassessmentId);
    return heading(round, false) + "：专家复核得分 " + score(round.getPanelScore()) + " 分，低于保留线 "
        + line(properties.keepLine()) + " 分（不低于整改线 " + line(properties.rectifyLine()) + " 分），须限期整改。"
        + "请在整改期限内完成整改并提交整改报告；报告提交后（或期限届满时）将重新抽取专家复核，得分仍低于保留线的，"
        + "移送撤销程序。";
  }

  /**
   * What the experts of a re-assessment panel are told (评审事项): which re-assessment, and for the assessment after
   * rectification the first score and the host unit's report. Not the lines, so as not to anchor their scores.
   */
  @Transactional(readOnly = true)
  public Optional<String> briefForPanel(long applicationId) {
    Optional<Studio> studio = studios.findByApplicationId(applicationId);
    Optional<Reassessment> open = studio.flatMap(s -> ofStudio(s.getId()).stream()
        .filter(r -> r.getStatus() == ReassessmentStatus.ASSESSING
            || r.getStatus() == ReassessmentStatus.ASSESSING_RECTIFICATION)
        .reduce((first, second) -> second));
    if (open.isEmpty()) {
      return Optional.empty();
    }
    Reassessment round = open.get();
    String head = "定期复核：" + studio.get().getStudioName() + "（命名编号 " + studio.get().getNamingNumber() + "）第 "
        + round.getRound() + " 次定期复核（应复核日期 " + DAY.format(round.getDueOn()) + "），按命名时的指标体系重新评分。";
    if (round.getStatus() == ReassessmentStatus.ASSESSING) {
      return Optional.of(head);
    }
    return Optional.of(head + "本次为限期整改后的再次复核：上次复核得分 " + score(round.getPanelScore()) + " 分，整改期限至 "
        + DisplayDates.lastDay(round.getRectificationDeadline()) + "。" + (round.getReport() == null
            ? "依托单位未在期限内提交整改报告，请按工作室现状评分。"
            : "依托单位的整改报告（" + DisplayDates.dateTime(round.getReportSubmittedAt()) + " 提交）：" + round.getReport()));
  }

  /** The facts the revocation process is called with: the round, its scores and the lines (≤ 2000 characters). */
  @Transactional(readOnly = true)
  public String revocationBasis(long reassessmentId) {
    Reassessment round = get(reassessmentId);
    StringBuilder basis = new StringBuilder(heading(round, false)).append("（").append(DAY.format(round.getDueOn()))
        .append("起）：")
        .append(describe(round.getEvaluationId(), round.getPanelScore())).append("。");
    if (round.getSecondEvaluationId() != null) {
      basis.append("经限期整改（期限至 ").append(DisplayDates.lastDay(round.getRectificationDeadline()))
          .append("，").append(round.getReportSubmittedAt() == null ? "依托单位未提交整改报告"
              : "依托单位于 " + DisplayDates.dateTime(round.getReportSubmittedAt()) + " 提交整改报告")
          .append("）后再次复核：").append(describe(round.getSecondEvaluationId(), round.getSecondPanelScore()))
          .append("。");
    }
    Evaluation last = evaluations.get(round.getSecondEvaluationId() != null ? round.getSecondEvaluationId()
        : round.getEvaluationId());
    basis.append("复核结论：撤销（").append(reasonForRevocation(round, last)).append("）。");
    return basis.length() <= MAX_BASIS ? basis.toString() : basis.substring(0, MAX_BASIS - 1) + "…";
  }

  /** The decision body decided on the revocation this re-assessment asked for. */
  public void recordRevocationDecision(long reassessmentId, boolean revoked) {
    Reassessment round = get(reassessmentId);
    round.recordRevocationDecision(revoked, clock.instant());
    if (!revoked) {
      event(studio(round.getStudioId()), StudioEventKind.REASSESSED,
          heading(round, false) + "：市总工会研究决定不予撤销，工作室保留。");
    }
  }

  /** Whether the registry has the studio revoked (by the revocation process this re-assessment called, or another). */
  @Transactional(readOnly = true)
  public boolean isRevoked(long studioId) {
    return studio(studioId).getStatus() == StudioStatus.REVOKED;
  }

  /** The studio was revoked by another procedure while the process waited: an open round ends with it. */
  public void endByRevocation(long studioId) {
    Instant now = clock.instant();
    ofStudio(studioId).stream().filter(r -> r.getStatus().open()).forEach(r -> r.endByRevocation(now));
  }

  private String reasonForRevocation(Reassessment round, Evaluation evaluation) {
    if (Boolean.TRUE.equals(evaluation.getExcluded())) {
      String grounds = evaluations.explanation(evaluation).map(EvaluationExplanation::vetoGrounds)
          .map(g -> String.join("、", g)).orElse("");
      return "评审专家提出一票否决" + (grounds.isEmpty() ? "" : "（" + grounds + "）");
    }
    String score = "专家复核得分 " + score(evaluation.getPanelScore()) + " 分，";
    return round.afterRectification() || round.getSecondEvaluationId() != null
        ? score + "整改后仍低于保留线 " + line(properties.keepLine()) + " 分"
        : score + "低于整改线 " + line(properties.rectifyLine()) + " 分";
  }

  private String describe(Long evaluationId, BigDecimal score) {
    Evaluation evaluation = evaluations.get(evaluationId);
    int experts = evaluations.explanation(evaluation).map(EvaluationExplanation::expertCount).orElse(0);
    return "专家复核得分 " + score(score) + " 分（" + experts + " 名专家）"
        + (Boolean.TRUE.equals(evaluation.getExcluded()) ? "，有一票否决" : "");
  }

  private static String heading(Reassessment round, boolean afterRectification) {
    return "第 " + round.getRound() + " 次定期复核" + (afterRectification ? "（整改后复核）" : "");
  }

  private void event(Studio studio, StudioEventKind kind, String description) {
    events.save(new StudioEvent(studio.getId(), clock.instant(), kind, description, null, null));
  }

  private static String score(BigDecimal score) {
    return score == null ? "—" : score.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String line(BigDecimal line) {
    return line.stripTrailingZeros().toPlainString();
  }
}
