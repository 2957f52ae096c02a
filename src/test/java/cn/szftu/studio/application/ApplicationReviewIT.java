package cn.szftu.studio.application;

import static cn.szftu.studio.application.ApplicationProcess.*;
import static cn.szftu.studio.application.ApplicationProcessFixture.*;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** The reviewers' decisions: recommendation by the chosen union and initial review by the city office. */
class ApplicationReviewIT extends ApplicationProcessTestBase {



  @Test
  void eligibleApplicationRecommendedAndPassedWaitsForExpertEvaluation() {
    ProcessInstance instance = cases.startAsApplicant(validForm());

    String number = cases.businessKey(instance);
    Assertions.assertThat(number).matches("SQ-2026-\\d{4}");
    assertThat(instance).hasBusinessKey(number).isWaitingAt(RECOMMEND)
        .hasPassed(START, CHECK_ELIGIBILITY, GATEWAY_ELIGIBLE);
    assertThat(task(instance)).hasDefinitionKey(RECOMMEND).hasCandidateGroup("union-nanshan").isNotAssigned();
    Application application = cases.application(instance);
    Assertions.assertThat(application.getStatus()).isEqualTo(ApplicationStatus.AWAITING_RECOMMENDATION);
    Assertions.assertThat(application.getProcessInstanceId()).isEqualTo(instance.getId());
    Assertions.assertThat(application.getHostUnitCode()).isEqualTo("ns-precision");
    Assertions.assertThat(application.getUnionCode()).isEqualTo("nanshan");
    Assertions.assertThat(application.getApplicantUserId()).isEqualTo(APPLICANT);
    // the application lives in its table; the process keeps only ids, routing and decisions
    Assertions.assertThat(runtimeService.getVariables(instance.getId()).keySet())
        .isSubsetOf(PROCESS_VARIABLES).doesNotContain("studioName", "contactMobile", "leaderHonours");

    cases.decide(NANSHAN_REVIEWER, instance, "RECOMMEND", null);

    assertThat(instance).isWaitingAt(INITIAL_REVIEW).hasPassed(RECOMMEND);
    assertThat(task(instance)).hasCandidateGroup("city-office");
    Assertions.assertThat(cases.application(instance).getStatus()).isEqualTo(ApplicationStatus.AWAITING_INITIAL_REVIEW);

    cases.decide(OFFICE, instance, "PASS", "材料齐全");

    assertThat(instance).isWaitingAt(EXPERT_EVALUATION)
        .hasPassedInOrder(START, CHECK_ELIGIBILITY, RECOMMEND, INITIAL_REVIEW, END_PASSED)
        .hasNotPassed(CORRECT_APPLICATION, END_REJECTED, END_NOT_RECOMMENDED);
    application = cases.application(instance);
    Assertions.assertThat(application.getStatus()).isEqualTo(ApplicationStatus.EXPERT_EVALUATION);
    Assertions.assertThat(application.isRecommended()).isTrue();
    Assertions.assertThat(cases.decisions(instance))
        .extracting(ApplicationDecision::getStep, ApplicationDecision::getOutcome, ApplicationDecision::getReasons,
            ApplicationDecision::getActorUserId)
        .containsExactly(
            tuple(DecisionStep.SUBMISSION, DecisionOutcome.SUBMITTED, null, APPLICANT),
            tuple(DecisionStep.ELIGIBILITY, DecisionOutcome.ELIGIBLE, null, null),
            tuple(DecisionStep.RECOMMENDATION, DecisionOutcome.RECOMMEND, null, NANSHAN_REVIEWER),
            tuple(DecisionStep.INITIAL_REVIEW, DecisionOutcome.PASS, "材料齐全", OFFICE));
  }

  @Test
  void recommendationTaskGoesToTheChosenUnionOnly() {
    ProcessInstance forNanshan = cases.startAsApplicant(validForm("nanshan"));
    ProcessInstance forFutian = cases.startAsApplicant(validForm("futian"));

    assertThat(task(forNanshan)).hasCandidateGroup("union-nanshan");
    assertThat(task(forFutian)).hasCandidateGroup("union-futian");
    Task nanshanTask = task(forNanshan);
    Task futianTask = task(forFutian);
    Assertions.assertThat(taskService.createTaskQuery().taskId(nanshanTask.getId()).taskCandidateGroup("union-futian")
        .count()).isZero();
    Assertions.assertThat(taskService.createTaskQuery().taskId(futianTask.getId()).taskCandidateGroup("union-nanshan")
        .count()).isZero();
    // seen through the engine's authorization checks: each union's reviewer sees its own task, not the other's
    Assertions.assertThat(visibleTo("nanshan", nanshanTask)).isTrue();
    Assertions.assertThat(visibleTo("futian", nanshanTask)).isFalse();
    Assertions.assertThat(visibleTo("futian", futianTask)).isTrue();
    Assertions.assertThat(visibleTo("nanshan", futianTask)).isFalse();
  }

  @Test
  void unionRefusalWithReasonsEndsAsNotRecommended() {
    ProcessInstance instance = cases.startAsApplicant(validForm());

    cases.decide(NANSHAN_REVIEWER, instance, "REFUSE", "工作室运行台账不完整");

    assertThat(instance).isEnded()
        .hasPassed(RECOMMEND, END_NOT_RECOMMENDED_INNER, END_NOT_RECOMMENDED)
        .hasNotPassed(INITIAL_REVIEW, EXPERT_EVALUATION);
    Application application = cases.application(instance);
    Assertions.assertThat(application.getStatus()).isEqualTo(ApplicationStatus.NOT_RECOMMENDED);
    Assertions.assertThat(application.isRecommended()).isFalse();
    Assertions.assertThat(cases.decisions(instance)).last()
        .extracting(ApplicationDecision::getStep, ApplicationDecision::getOutcome, ApplicationDecision::getReasons,
            ApplicationDecision::getActorUserId)
        .containsExactly(DecisionStep.RECOMMENDATION, DecisionOutcome.REFUSE, "工作室运行台账不完整", NANSHAN_REVIEWER);
  }

  @Test
  void unionRefusalWithoutReasonsIsRefusedAndChangesNothing() {
    ProcessInstance instance = cases.startAsApplicant(validForm());
    Task before = task(instance);
    int decisionsBefore = cases.decisions(instance).size();

    assertRefused(() -> cases.decide(NANSHAN_REVIEWER, instance, "REFUSE", null))
        .hasMessageContaining("审核意见说明（reasons）");
    assertRefused(() -> cases.decide(NANSHAN_REVIEWER, instance, "REFUSE", "   "))
        .hasMessageContaining("审核意见说明（reasons）");

    assertThat(instance).isWaitingAt(RECOMMEND).hasNotPassed(END_NOT_RECOMMENDED_INNER);
    Assertions.assertThat(task(instance).getId()).isEqualTo(before.getId());
    Assertions.assertThat(taskService.getVariableLocal(before.getId(), "decision")).isNull();
    Assertions.assertThat(runtimeService.getVariable(instance.getId(), VAR_RECOMMENDATION)).isNull();
    Assertions.assertThat(cases.decisions(instance)).hasSize(decisionsBefore);
    Assertions.assertThat(cases.application(instance).getStatus())
        .isEqualTo(ApplicationStatus.AWAITING_RECOMMENDATION);
  }

  @Test
  void decisionSentAsProcessVariablesInsteadOfTheFormIsRefused() {
    ProcessInstance instance = cases.startAsApplicant(validForm());
    Task task = task(instance);
    int decisionsBefore = cases.decisions(instance).size();

    // TaskService.complete(id, variables) writes to the process, not to the task's form fields
    assertRefused(() -> cases.as(NANSHAN_REVIEWER,
        () -> taskService.complete(task.getId(), Map.of("decision", "RECOMMEND", "recommendationDecision", "RECOMMEND"))))
        .hasMessageContaining("不是本表单的字段");

    assertThat(instance).isWaitingAt(RECOMMEND);
    Assertions.assertThat(runtimeService.getVariable(instance.getId(), VAR_RECOMMENDATION)).isNull();
    Assertions.assertThat(cases.decisions(instance)).hasSize(decisionsBefore);
  }

  @Test
  void officeRejectionEndsAsRejected() {
    String union = "longhua";
    ProcessInstance instance = cases.recommended(union, cases.unionReviewer(union));
    assertThat(instance).isWaitingAt(INITIAL_REVIEW);

    cases.decide(OFFICE, instance, "REJECT", "领衔人荣誉证明材料不实");

    assertThat(instance).isEnded()
        .hasPassed(RECOMMEND, INITIAL_REVIEW, END_REJECTED_INNER, END_REJECTED)
        .hasNotPassed(EXPERT_EVALUATION, END_PASSED);
    Assertions.assertThat(cases.application(instance).getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    Assertions.assertThat(cases.decisions(instance)).last()
        .extracting(ApplicationDecision::getStep, ApplicationDecision::getOutcome, ApplicationDecision::getReasons,
            ApplicationDecision::getActorUserId)
        .containsExactly(DecisionStep.INITIAL_REVIEW, DecisionOutcome.REJECT, "领衔人荣誉证明材料不实", OFFICE);
  }

  @Test
  void officeRejectionWithoutReasonsIsRefused() {
    String union = "guangming";
    ProcessInstance instance = cases.recommended(union, cases.unionReviewer(union));
    int decisionsBefore = cases.decisions(instance).size();

    assertRefused(() -> cases.decide(OFFICE, instance, "REJECT", ""))
        .hasMessageContaining("审核意见说明（reasons）");
    assertRefused(() -> cases.decide(OFFICE, instance, "RECOMMEND", null))
        .hasMessageContaining("“RECOMMEND”不是可选的审核意见");

    assertThat(instance).isWaitingAt(INITIAL_REVIEW);
    Assertions.assertThat(cases.decisions(instance)).hasSize(decisionsBefore);
  }

  private boolean visibleTo(String userId, Task task) {
    return cases.as(userId, () -> taskService.createTaskQuery().taskId(task.getId()).count() == 1);
  }
}
