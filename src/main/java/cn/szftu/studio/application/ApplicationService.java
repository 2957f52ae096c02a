package cn.szftu.studio.application;

import cn.szftu.studio.DisplayDates;
import cn.szftu.studio.application.form.ApplicationContent;
import cn.szftu.studio.application.form.ApplicationFormValidator;
import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.batch.BatchQuota;
import cn.szftu.studio.batch.BatchQuotaRepository;
import cn.szftu.studio.batch.NamingBatch;
import cn.szftu.studio.batch.NamingBatchRepository;
import cn.szftu.studio.eligibility.EligibilityCheck;
import cn.szftu.studio.organisation.Organisation;
import cn.szftu.studio.organisation.OrganisationKind;
import cn.szftu.studio.organisation.OrganisationRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that happens to an application's record. The process's listeners call it inside the engine's
 * transaction, so a refusal here (an exception) leaves neither the record nor the engine changed.
 */
@Service
@Transactional
public class ApplicationService {

  private static final Set<ApplicationStatus> NOT_HOLDING_A_PLACE = EnumSet.of(ApplicationStatus.WITHDRAWN,
      ApplicationStatus.LAPSED);

  private final ApplicationRepository applications;
  private final ApplicationDecisionRepository decisions;
  private final ApplicationNumbers numbers;
  private final ApplicationFormValidator validator;
  private final EligibilityCheck eligibility;
  private final NamingBatchRepository batches;
  private final BatchQuotaRepository quotas;
  private final OrganisationRepository organisations;
  private final ApplicantUnits applicantUnits;
  private final ObjectMapper json;
  private final Clock clock;

  public ApplicationService(ApplicationRepository applications, ApplicationDecisionRepository decisions,
      ApplicationNumbers numbers, ApplicationFormValidator validator, EligibilityCheck eligibility,
      NamingBatchRepository batches, BatchQuotaRepository quotas, OrganisationRepository organisations,
      ApplicantUnits applicantUnits, ObjectMapper json, Clock clock) {
    this.applications = applications;
    this.decisions = decisions;
    this.numbers = numbers;
    this.validator = validator;
    this.eligibility = eligibility;
    this.batches = batches;
    this.quotas = quotas;
    this.organisations = organisations;
    this.applicantUnits = applicantUnits;
    this.json = json;
    this.clock = clock;
  }

  /** A new application from the start form; refused as a whole when any value is wrong or no batch is open. */
  public Application submit(Map<String, Object> formValues, String applicantUserId) {
    Instant now = clock.instant();
    NamingBatch batch = openBatch(now);
    ApplicationContent content = validate(formValues, applicantUserId);
    Organisation unit = applicantUnits.unitWithCreditCode(applicantUserId, content.hostUnitCreditCode());
    Application application = new Application(numbers.next(batch.getYear()), batch.getCode(), unit.getCode(),
        applicantUserId, now);
    application.replaceContent(content.recommendingUnion(), content.studioName(), content.leaderName(),
        toJson(content), now);
    applications.save(application);
    record(application, DecisionStep.SUBMISSION, DecisionOutcome.SUBMITTED, null, applicantUserId, null);
    return application;
  }

  /** One step of an application decided before this system ran, dated as it happened. */
  public record PastDecision(DecisionStep step, DecisionOutcome outcome, String reasons, String userId,
      Instant decidedAt) {
  }

  /**
   * An application that went through its whole procedure before this system ran (the demo's earlier batch): stored
   * as the form stores it, recommended, in its final status, with its history; it has no process.
   */
  public Application recordSettled(String batchCode, int year, String hostUnitCode, String applicantUserId,
      ApplicationContent content, ApplicationStatus finalStatus, Instant submittedAt, List<PastDecision> history) {
    Application application = new Application(numbers.next(year), batchCode, hostUnitCode, applicantUserId,
        submittedAt);
    application.replaceContent(content.recommendingUnion(), content.studioName(), content.leaderName(),
        toJson(content), submittedAt);
    application.markRecommended();
    Instant settledAt = history.isEmpty() ? submittedAt : history.get(history.size() - 1).decidedAt();
    application.moveTo(finalStatus, null, settledAt);
    applications.save(application);
    for (PastDecision past : history) {
      decisions.save(new ApplicationDecision(application.getId(), past.step(), past.outcome(), past.reasons(),
          past.userId(), past.decidedAt(), null));
    }
    return application;
  }

  /** A corrected application replaces the stored content; the same validation applies. */
  public void resubmit(long applicationId, Map<String, Object> formValues, String userId) {
    Application application = get(applicationId);
    ApplicationContent content = validate(formValues, userId);
    Organisation unit = applicantUnits.unitWithCreditCode(userId, content.hostUnitCreditCode());
    if (!unit.getCode().equals(application.getHostUnitCode())) {
      throw new InvalidSubmissionException(new FieldProblem("hostUnitCreditCode", "申报单位统一社会信用代码",
          "补正时不能更换申报单位"));
    }
    if (!content.recommendingUnion().equals(application.getUnionCode())) {
      // The case is already routed to (and may hold a quota place of) the first union.
      throw new InvalidSubmissionException(new FieldProblem("recommendingUnion", "推荐单位",
          "补正时不能更换推荐单位；如需改由其他推荐单位推荐，请撤回本申报后重新申报"));
    }
    application.replaceContent(content.recommendingUnion(), content.studioName(), content.leaderName(),
        toJson(content), clock.instant());
    record(application, DecisionStep.CORRECTION, DecisionOutcome.RESUBMITTED, null, userId, null);
  }

  /** Runs the eligibility DMN and records the result; returns the failed conditions (empty: eligible). */
  public List<String> checkEligibility(long applicationId) {
    Application application = get(applicationId);
    NamingBatch batch = batches.findById(application.getBatchCode()).orElseThrow();
    LocalDate today = LocalDate.now(clock);
    List<String> failures = eligibility.failures(content(application), application.getHostUnitCode(), today,
        batch.isOpenAt(application.getSubmittedAt()));
    record(application, DecisionStep.ELIGIBILITY,
        failures.isEmpty() ? DecisionOutcome.ELIGIBLE : DecisionOutcome.INELIGIBLE,
        failures.isEmpty() ? null : String.join("；", failures), null, null);
    return failures;
  }

  public void requireCorrection(long applicationId, Instant deadline) {
    get(applicationId).moveTo(ApplicationStatus.CORRECTION_REQUIRED, deadline, clock.instant());
  }

  public void enterStage(long applicationId, ApplicationStatus status) {
    get(applicationId).moveTo(status, null, clock.instant());
  }

  /**
   * The recommending union's decision. Recommending beyond the union's quota is refused with the figures and changes
   * nothing; the quota row is locked so that two reviewers cannot both take the last place.
   */
  public void recordRecommendation(long applicationId, DecisionOutcome outcome, String reasons, String userId) {
    Application application = get(applicationId);
    if (outcome == DecisionOutcome.RECOMMEND && !application.isRecommended()) {
      BatchQuota quota = quotas.lockQuota(application.getBatchCode(), application.getUnionCode())
          .orElseThrow(() -> new InvalidSubmissionException(new FieldProblem("decision", "审核意见",
              "本批次未给" + unionName(application) + "分配推荐名额")));
      long used = applications.countByBatchCodeAndUnionCodeAndRecommendedTrueAndStatusNotIn(
          application.getBatchCode(), application.getUnionCode(), NOT_HOLDING_A_PLACE);
      if (used >= quota.getQuota()) {
        throw new InvalidSubmissionException(new FieldProblem("decision", "审核意见", "推荐名额已满："
            + unionName(application) + "在" + batches.findById(application.getBatchCode()).orElseThrow().getTitle()
            + "的推荐名额为 " + quota.getQuota() + " 个，已推荐 " + used + " 个。可选择“退回补正”或“不予推荐”。"));
      }
      application.markRecommended();
    }
    record(application, DecisionStep.RECOMMENDATION, outcome, reasons, userId, null);
  }

  public void recordInitialReview(long applicationId, DecisionOutcome outcome, String reasons, String userId) {
    record(get(applicationId), DecisionStep.INITIAL_REVIEW, outcome, reasons, userId, null);
  }

  /** How the part before expert evaluation ended, when it ended without passing. */
  public void close(long applicationId, ApplicationStatus finalStatus, DecisionStep step, DecisionOutcome outcome,
      String reasons, String userId) {
    Application application = get(applicationId);
    application.moveTo(finalStatus, null, clock.instant());
    if (step != null) {
      record(application, step, outcome, reasons, userId, null);
    }
  }

  public void attachProcess(long applicationId, String processInstanceId) {
    get(applicationId).attachProcess(processInstanceId);
  }

  public Application get(long applicationId) {
    return applications.findById(applicationId)
        .orElseThrow(() -> new IllegalStateException("application " + applicationId + " does not exist"));
  }

  public ApplicationContent content(Application application) {
    try {
      return json.readValue(application.getContent(), ApplicationContent.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored content of " + application.getNumber() + " is unreadable", e);
    }
  }

  public void record(Application application, DecisionStep step, DecisionOutcome outcome, String reasons,
      String userId, Instant deadline) {
    decisions.save(new ApplicationDecision(application.getId(), step, outcome, reasons, userId, clock.instant(),
        deadline));
  }

  private ApplicationContent validate(Map<String, Object> formValues, String userId) {
    Set<String> unions = organisations.findByKindAndActiveTrueOrderBySortOrder(OrganisationKind.RECOMMENDING_UNION)
        .stream().map(Organisation::getCode).collect(Collectors.toSet());
    return validator.validate(formValues, new ApplicationFormValidator.Context(
        applicantUnits.creditCodes(userId), unions, LocalDate.now(clock)));
  }

  private NamingBatch openBatch(Instant now) {
    return batches.openAt(now).stream().findFirst().orElseThrow(() -> {
      String windows = batches.findAllByOrderByYearDesc().stream().limit(1)
          .map(b -> b.getTitle() + "的申报时间为 " + DisplayDates.dateTime(b.getWindowOpensAt()) + " 至 "
              + DisplayDates.dateTime(b.getWindowClosesAt()))
          .collect(Collectors.joining());
      return new InvalidSubmissionException(new FieldProblem("batch", "申报批次",
          "当前不在申报期内，逾期申报不予受理" + (windows.isEmpty() ? "" : "（" + windows + "）")));
    });
  }

  private String unionName(Application application) {
    return organisations.findById(application.getUnionCode()).map(Organisation::getName).orElse(application.getUnionCode());
  }

  private String toJson(ApplicationContent content) {
    try {
      return json.writeValueAsString(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
