package cn.szftu.studio.application;

import static cn.szftu.studio.application.ApplicationProcess.*;
import static cn.szftu.studio.application.ApplicationProcessFixture.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.szftu.studio.application.form.InvalidSubmissionException;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The applicant withdraws from 我的申报 at any time before expert evaluation, and not after. */
class ApplicationWithdrawalIT extends ApplicationProcessTestBase {

  @Autowired
  private ApplicationWithdrawal withdrawal;


  @Test
  void withdrawalWhileWaitingForTheUnionEndsTheCase() {
    ProcessInstance instance = cases.startAsApplicant(validForm());
    assertThat(instance).isWaitingAt(RECOMMEND);

    withdrawal.withdraw(cases.businessKey(instance), APPLICANT, "  工作室负责人调动，暂不申报  ");

    assertThat(instance).isEnded().hasPassed(WITHDRAWAL_REQUESTED, END_WITHDRAWN)
        .hasNotPassed(INITIAL_REVIEW, END_WITHDRAWN_INNER);
    Assertions.assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    Assertions.assertThat(cases.application(instance).getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
    Assertions.assertThat(cases.decisions(instance)).last()
        .extracting(ApplicationDecision::getStep, ApplicationDecision::getOutcome, ApplicationDecision::getReasons,
            ApplicationDecision::getActorUserId)
        .containsExactly(DecisionStep.WITHDRAWAL, DecisionOutcome.WITHDRAWN, "工作室负责人调动，暂不申报", APPLICANT);
  }

  @Test
  void withdrawalDuringCorrectionEndsTheCaseAndItsDeadlineTimer() {
    ProcessInstance instance = cases.startAsApplicant(ineligibleForm());
    assertThat(instance).isWaitingAt(CORRECT_APPLICATION);

    withdrawal.withdraw(cases.businessKey(instance), APPLICANT, null);

    assertThat(instance).isEnded().hasPassed(WITHDRAWAL_REQUESTED, END_WITHDRAWN).hasNotPassed(CORRECTION_LAPSED);
    Assertions.assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .count()).isZero();
    Application application = cases.application(instance);
    Assertions.assertThat(application.getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
    Assertions.assertThat(cases.decisions(instance)).last()
        .extracting(ApplicationDecision::getStep, ApplicationDecision::getReasons)
        .containsExactly(DecisionStep.WITHDRAWAL, "申报人主动撤回");
  }

  @Test
  void withdrawalAfterExpertEvaluationStartedIsRefusedAndChangesNothing() {
    String union = "pingshan";
    ProcessInstance instance = cases.recommended(union, cases.unionReviewer(union));
    cases.decide(OFFICE, instance, "PASS", null);
    assertThat(instance).isWaitingAt(EXPERT_EVALUATION);
    int decisionsBefore = cases.decisions(instance).size();
    String number = cases.businessKey(instance);

    Assertions.assertThatThrownBy(() -> withdrawal.withdraw(number, APPLICANT, "不想参加评审了"))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("提交未成功").hasMessageContaining("专家评审开始后不能撤回");

    assertThat(instance).isWaitingAt(EXPERT_EVALUATION).hasNotPassed(WITHDRAWAL_REQUESTED, END_WITHDRAWN);
    Assertions.assertThat(cases.application(instance).getStatus()).isEqualTo(ApplicationStatus.EXPERT_EVALUATION);
    Assertions.assertThat(cases.decisions(instance)).hasSize(decisionsBefore);
  }

  @Test
  void anotherUnitsApplicantCannotWithdraw() {
    ProcessInstance instance = cases.startAsApplicant(validForm());
    String number = cases.businessKey(instance);
    int decisionsBefore = cases.decisions(instance).size();

    Assertions.assertThatThrownBy(() -> withdrawal.withdraw(number, "applicant2", "误操作"))
        .isInstanceOf(ApplicationNotFoundException.class);
    Assertions.assertThatThrownBy(() -> withdrawal.withdraw(number, NANSHAN_REVIEWER, "误操作"))
        .isInstanceOf(ApplicationNotFoundException.class);

    assertThat(instance).isWaitingAt(RECOMMEND);
    Assertions.assertThat(cases.application(instance).getStatus()).isEqualTo(ApplicationStatus.AWAITING_RECOMMENDATION);
    Assertions.assertThat(cases.decisions(instance)).hasSize(decisionsBefore);
  }
}
