package cn.szftu.studio.application;

import static cn.szftu.studio.application.ApplicationProcess.*;
import static cn.szftu.studio.application.ApplicationProcessFixture.*;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.szftu.studio.calendar.WorkingDays;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The correction loop: ineligible applications and applications returned by a reviewer go back to the applicant with
 * the reasons and a deadline of 10 working days; the applicant resubmits or withdraws, or the deadline lapses.
 */
class ApplicationCorrectionIT extends ApplicationProcessTestBase {

  private static final String HONOUR_FAILURE = "领衔人荣誉级别须为市级及以上（现有最高：区级）";
  private static final String TEAM_FAILURE = "团队成员（不含领衔人）至少 3 人（现为 1 人）";

  @Autowired
  private ManagementService managementService;
  @Autowired
  private WorkingDays workingDays;
  @Autowired
  private Clock clock;


  @Test
  void ineligibleApplicationGoesToTheApplicantWithEveryFailedConditionAndADeadline() {
    ProcessInstance instance = cases.startAsApplicant(ineligibleForm());

    assertThat(instance).isWaitingAt(CORRECT_APPLICATION)
        .hasPassed(START, CHECK_ELIGIBILITY, GATEWAY_ELIGIBLE, GATEWAY_TO_CORRECTION).hasNotPassed(RECOMMEND);
    Assertions.assertThat(cases.businessKey(instance)).matches("SQ-2026-\\d{4}");
    Date deadline = (Date) runtimeService.getVariable(instance.getId(), VAR_CORRECTION_DEADLINE);
    Assertions.assertThat(deadline.toInstant()).isEqualTo(tenWorkingDaysFromToday());
    Task task = task(instance);
    assertThat(task).isAssignedTo(APPLICANT).hasCandidateGroupAssociated(APPLICANT_UNIT_GROUP).hasDueDate(deadline);
    Assertions.assertThat(taskService.createTaskQuery().taskId(task.getId())
        .taskCandidateGroup("union-nanshan").includeAssignedTasks().count()).isZero();

    // both failed conditions at once, in the task's form, in the process and in the audit
    Assertions.assertThat((String) taskService.getVariableLocal(task.getId(), FIELD_CORRECTION_REASONS))
        .startsWith("不符合以下申报条件：").contains(HONOUR_FAILURE, TEAM_FAILURE);
    Assertions.assertThat((String) taskService.getVariableLocal(task.getId(), FIELD_CORRECTION_DEADLINE))
        .contains(lastWorkingDayText());
    Assertions.assertThat(taskService.getVariableLocal(task.getId(), "studioName")).isEqualTo("黄伟劳模和工匠人才创新工作室");
    Application application = cases.application(instance);
    Assertions.assertThat(application.getStatus()).isEqualTo(ApplicationStatus.CORRECTION_REQUIRED);
    Assertions.assertThat(application.getOpenDeadline()).isEqualTo(deadline.toInstant());
    Assertions.assertThat(cases.decisions(instance))
        .extracting(ApplicationDecision::getStep, ApplicationDecision::getOutcome)
        .containsExactly(tuple(DecisionStep.SUBMISSION, DecisionOutcome.SUBMITTED),
            tuple(DecisionStep.ELIGIBILITY, DecisionOutcome.INELIGIBLE));
    Assertions.assertThat(cases.decisions(instance).get(1).getReasons()).contains(HONOUR_FAILURE, TEAM_FAILURE);
  }

  @Test
  void correctedApplicationIsCheckedAgainAndGoesToTheUnion() {
    ProcessInstance instance = cases.startAsApplicant(ineligibleForm());
    assertThat(instance).isWaitingAt(CORRECT_APPLICATION);

    cases.submit(APPLICANT, instance, resubmit(validForm()));

    assertThat(instance).isWaitingAt(RECOMMEND).hasPassed(CORRECT_APPLICATION);
    assertThat(task(instance)).hasCandidateGroup("union-nanshan");
    Application application = cases.application(instance);
    Assertions.assertThat(application.getStatus()).isEqualTo(ApplicationStatus.AWAITING_RECOMMENDATION);
    Assertions.assertThat(application.getOpenDeadline()).isNull();
    Assertions.assertThat(application.getContent()).contains("\"level\":\"CITY\"", "王五");
    Assertions.assertThat(cases.decisions(instance))
        .extracting(ApplicationDecision::getStep, ApplicationDecision::getOutcome, ApplicationDecision::getActorUserId)
        .containsExactly(
            tuple(DecisionStep.SUBMISSION, DecisionOutcome.SUBMITTED, APPLICANT),
            tuple(DecisionStep.ELIGIBILITY, DecisionOutcome.INELIGIBLE, null),
            tuple(DecisionStep.CORRECTION, DecisionOutcome.RESUBMITTED, APPLICANT),
            tuple(DecisionStep.ELIGIBILITY, DecisionOutcome.ELIGIBLE, null));
  }

  @Test
  void resubmittingStillIneligibleValuesReturnsToTheApplicantAgain() {
    ProcessInstance instance = cases.startAsApplicant(ineligibleForm());

    Map<String, Object> stillTooSmall = validForm();
    stillTooSmall.put("teamMembers", json(ONE_MEMBER_TEAM));
    cases.submit(APPLICANT, instance, resubmit(stillTooSmall));

    assertThat(instance).isWaitingAt(CORRECT_APPLICATION).hasNotPassed(RECOMMEND);
    Task task = task(instance);
    String reasons = (String) taskService.getVariableLocal(task.getId(), FIELD_CORRECTION_REASONS);
    Assertions.assertThat(reasons).contains(TEAM_FAILURE).doesNotContain(HONOUR_FAILURE);
    Assertions.assertThat(cases.historicTasks(instance, CORRECT_APPLICATION)).isEqualTo(2);
  }

  @Test
  void invalidCorrectionIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance instance = cases.startAsApplicant(ineligibleForm());
    Task task = task(instance);
    int decisionsBefore = cases.decisions(instance).size();

    Map<String, Object> otherUnit = validForm();
    otherUnit.put("hostUnitCreditCode", OTHER_UNIT_CREDIT_CODE);
    assertRefused(() -> cases.submit(APPLICANT, instance, resubmit(otherUnit)))
        .hasMessageContaining("申报单位统一社会信用代码（hostUnitCreditCode）");
    Map<String, Object> noPledge = validForm();
    noPledge.put("truthfulnessPledge", false);
    assertRefused(() -> cases.submit(APPLICANT, instance, resubmit(noPledge)))
        .hasMessageContaining("申报材料真实性承诺（truthfulnessPledge）");
    assertRefused(() -> cases.submit(APPLICANT, instance, validForm()))
        .hasMessageContaining("处理方式（correctionChoice）");

    assertThat(instance).isWaitingAt(CORRECT_APPLICATION);
    Assertions.assertThat(task(instance).getId()).isEqualTo(task.getId());
    Assertions.assertThat(cases.decisions(instance)).hasSize(decisionsBefore);
    Assertions.assertThat(cases.application(instance).getContent()).contains("\"level\":\"DISTRICT\"");
  }

  @Test
  void applicantWithdrawingInsteadOfCorrectingEndsAsWithdrawn() {
    ProcessInstance instance = cases.startAsApplicant(ineligibleForm());

    cases.submit(APPLICANT, instance, withdrawInCorrection());

    assertThat(instance).isEnded()
        .hasPassed(CORRECT_APPLICATION, END_WITHDRAWN_INNER, END_WITHDRAWN)
        .hasNotPassed(RECOMMEND);
    Application application = cases.application(instance);
    Assertions.assertThat(application.getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
    Assertions.assertThat(application.getOpenDeadline()).isNull();
    Assertions.assertThat(cases.decisions(instance)).last()
        .extracting(ApplicationDecision::getStep, ApplicationDecision::getOutcome, ApplicationDecision::getReasons,
            ApplicationDecision::getActorUserId)
        .containsExactly(DecisionStep.WITHDRAWAL, DecisionOutcome.WITHDRAWN, "申报人在补正时撤回申报", APPLICANT);
    Assertions.assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void unionReturnGoesToCorrectionAndTheCorrectedApplicationBackToTheUnion() {
    ProcessInstance instance = cases.startAsApplicant(validForm());

    cases.decide(NANSHAN_REVIEWER, instance, "RETURN", "请补充主要设备设施清单");

    assertThat(instance).isWaitingAt(CORRECT_APPLICATION).hasPassed(RECOMMEND, GATEWAY_TO_CORRECTION);
    Task correction = task(instance);
    assertThat(correction).isAssignedTo(APPLICANT).hasCandidateGroupAssociated(APPLICANT_UNIT_GROUP)
        .hasDueDate(Date.from(tenWorkingDaysFromToday()));
    Assertions.assertThat(taskService.getVariableLocal(correction.getId(), FIELD_CORRECTION_REASONS))
        .isEqualTo("请补充主要设备设施清单");
    Assertions.assertThat(runtimeService.getVariable(instance.getId(), VAR_RETURNED_BY)).isEqualTo("UNION");
    Assertions.assertThat(cases.application(instance).getStatus()).isEqualTo(ApplicationStatus.CORRECTION_REQUIRED);

    Map<String, Object> corrected = validForm();
    corrected.put("equipment", "五轴加工中心 2 台、三坐标测量机 1 台");
    cases.submit(APPLICANT, instance, resubmit(corrected));

    assertThat(instance).isWaitingAt(RECOMMEND).hasNotPassed(INITIAL_REVIEW);
    assertThat(task(instance)).hasCandidateGroup("union-nanshan");
    Assertions.assertThat(cases.historicTasks(instance, RECOMMEND)).isEqualTo(2);
    Application application = cases.application(instance);
    Assertions.assertThat(application.getStatus()).isEqualTo(ApplicationStatus.AWAITING_RECOMMENDATION);
    Assertions.assertThat(application.getContent()).contains("三坐标测量机 1 台");
    Assertions.assertThat(cases.decisions(instance))
        .extracting(ApplicationDecision::getStep, ApplicationDecision::getOutcome, ApplicationDecision::getReasons,
            ApplicationDecision::getActorUserId)
        .containsExactly(
            tuple(DecisionStep.SUBMISSION, DecisionOutcome.SUBMITTED, null, APPLICANT),
            tuple(DecisionStep.ELIGIBILITY, DecisionOutcome.ELIGIBLE, null, null),
            tuple(DecisionStep.RECOMMENDATION, DecisionOutcome.RETURN, "请补充主要设备设施清单", NANSHAN_REVIEWER),
            tuple(DecisionStep.CORRECTION, DecisionOutcome.RESUBMITTED, null, APPLICANT),
            tuple(DecisionStep.ELIGIBILITY, DecisionOutcome.ELIGIBLE, null, null));
  }

  @Test
  void officeReturnGoesToCorrectionAndTheCorrectedApplicationStraightBackToInitialReview() {
    String union = "longgang";
    String reviewer = cases.unionReviewer(union);
    ProcessInstance instance = cases.recommended(union, reviewer);
    assertThat(instance).isWaitingAt(INITIAL_REVIEW);

    cases.decide(OFFICE, instance, "RETURN", "年度工作计划过于简略");

    assertThat(instance).isWaitingAt(CORRECT_APPLICATION).hasPassed(INITIAL_REVIEW, GATEWAY_TO_CORRECTION);
    Task correction = task(instance);
    assertThat(correction).isAssignedTo(APPLICANT).hasCandidateGroupAssociated(APPLICANT_UNIT_GROUP);
    Assertions.assertThat(taskService.getVariableLocal(correction.getId(), FIELD_CORRECTION_REASONS))
        .isEqualTo("年度工作计划过于简略");
    Assertions.assertThat(runtimeService.getVariable(instance.getId(), VAR_RETURNED_BY)).isEqualTo("OFFICE");

    Map<String, Object> corrected = validForm(union);
    corrected.put("annualPlan", "开展五轴精密加工攻关，全年完成 2 项工艺改进并培训 30 人次");
    cases.submit(APPLICANT, instance, resubmit(corrected));

    assertThat(instance).isWaitingAt(INITIAL_REVIEW);
    assertThat(task(instance)).hasCandidateGroup("city-office");
    Assertions.assertThat(cases.historicTasks(instance, RECOMMEND)).as("the union does not review again").isEqualTo(1);
    Assertions.assertThat(cases.historicTasks(instance, INITIAL_REVIEW)).isEqualTo(2);
    Application application = cases.application(instance);
    Assertions.assertThat(application.getStatus()).isEqualTo(ApplicationStatus.AWAITING_INITIAL_REVIEW);
    Assertions.assertThat(application.isRecommended()).isTrue();
    Assertions.assertThat(cases.decisions(instance))
        .extracting(ApplicationDecision::getStep, ApplicationDecision::getOutcome, ApplicationDecision::getActorUserId)
        .containsExactly(
            tuple(DecisionStep.SUBMISSION, DecisionOutcome.SUBMITTED, APPLICANT),
            tuple(DecisionStep.ELIGIBILITY, DecisionOutcome.ELIGIBLE, null),
            tuple(DecisionStep.RECOMMENDATION, DecisionOutcome.RECOMMEND, reviewer),
            tuple(DecisionStep.INITIAL_REVIEW, DecisionOutcome.RETURN, OFFICE),
            tuple(DecisionStep.CORRECTION, DecisionOutcome.RESUBMITTED, APPLICANT),
            tuple(DecisionStep.ELIGIBILITY, DecisionOutcome.ELIGIBLE, null));
  }

  @Test
  void caseReturnedByTheUnionAndLaterByTheOfficeGoesToCorrectionBothTimes() {
    String union = "luohu";
    String reviewer = cases.unionReviewer(union);
    ProcessInstance instance = cases.startAsApplicant(validForm(union));
    cases.decide(reviewer, instance, "RETURN", "请补充工作制度");
    cases.submit(APPLICANT, instance, resubmit(validForm(union)));
    cases.decide(reviewer, instance, "RECOMMEND", null);

    cases.decide(OFFICE, instance, "RETURN", "请补充年度攻关课题");

    assertThat(instance).isWaitingAt(CORRECT_APPLICATION);
    Assertions.assertThat(taskService.getVariableLocal(task(instance).getId(), FIELD_CORRECTION_REASONS))
        .isEqualTo("请补充年度攻关课题");
    Assertions.assertThat(cases.historicTasks(instance, CORRECT_APPLICATION)).isEqualTo(2);

    cases.submit(APPLICANT, instance, resubmit(validForm(union)));

    assertThat(instance).isWaitingAt(INITIAL_REVIEW);
    Assertions.assertThat(cases.application(instance).getStatus()).isEqualTo(ApplicationStatus.AWAITING_INITIAL_REVIEW);
  }

  @Test
  void correctionCannotMoveTheApplicationToAnotherUnion() {
    ProcessInstance instance = cases.startAsApplicant(validForm("nanshan"));
    cases.decide(NANSHAN_REVIEWER, instance, "RETURN", "请补充主要设备设施清单");
    int decisionsBefore = cases.decisions(instance).size();

    // the process routes by the union chosen at the start (recommendingUnionGroup) and the union's places are
    // counted by the stored union: both must stay the same, like the host unit ("补正时不能更换申报单位")
    assertRefused(() -> cases.submit(APPLICANT, instance, resubmit(validForm("futian"))))
        .hasMessageContaining("推荐单位（recommendingUnion）");

    assertThat(instance).isWaitingAt(CORRECT_APPLICATION);
    Assertions.assertThat(cases.application(instance).getUnionCode()).isEqualTo("nanshan");
    Assertions.assertThat(cases.decisions(instance)).hasSize(decisionsBefore);
  }

  @Test
  void correctionDeadlineTimerFallsTenWorkingDaysAheadOnTheChineseCalendar() {
    // the example of the brief: submitted on Wednesday 2026-11-25, the 10th working day is 2026-12-09, and the
    // deadline is the end of that day
    Assertions.assertThat(workingDays.deadlineAfter(LocalDate.of(2026, 11, 25), 10))
        .isEqualTo(OffsetDateTime.parse("2026-12-10T00:00:00+08:00").toInstant());

    ProcessInstance instance = cases.startAsApplicant(ineligibleForm());

    Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    Date deadline = (Date) runtimeService.getVariable(instance.getId(), VAR_CORRECTION_DEADLINE);
    Assertions.assertThat(timer.getDuedate()).isEqualTo(deadline);
    Assertions.assertThat(timer.getDuedate().toInstant()).isEqualTo(tenWorkingDaysFromToday());
    assertThat(task(instance)).hasDueDate(deadline);
  }

  @Test
  void correctionLapsesWhenTheDeadlineTimerFires() {
    ProcessInstance instance = cases.startAsApplicant(ineligibleForm());
    Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();

    managementService.executeJob(timer.getId());

    assertThat(instance).isEnded()
        .hasPassedInOrder(CORRECTION_LAPSED, END_LAPSED_INNER, END_LAPSED)
        .hasNotPassed(END_WITHDRAWN, RECOMMEND);
    Assertions.assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    Application application = cases.application(instance);
    Assertions.assertThat(application.getStatus()).isEqualTo(ApplicationStatus.LAPSED);
    Assertions.assertThat(application.getOpenDeadline()).isNull();
    Assertions.assertThat(cases.decisions(instance)).last()
        .extracting(ApplicationDecision::getStep, ApplicationDecision::getOutcome, ApplicationDecision::getReasons,
            ApplicationDecision::getActorUserId)
        .containsExactly(DecisionStep.LAPSE, DecisionOutcome.LAPSED, "补正期限届满未重新提交，申报视为撤回", null);
    Assertions.assertThat(cases.decisions(instance))
        .filteredOn(d -> d.getStep() == DecisionStep.LAPSE).hasSize(1);
  }

  private Instant tenWorkingDaysFromToday() {
    return workingDays.deadlineAfter(LocalDate.now(clock), 10);
  }

  private String lastWorkingDayText() {
    return DateTimeFormatter.ofPattern("yyyy年M月d日").format(workingDays.addWorkingDays(LocalDate.now(clock), 10));
  }
}
