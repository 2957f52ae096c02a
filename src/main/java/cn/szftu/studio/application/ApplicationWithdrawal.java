package cn.szftu.studio.application;

import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant withdraws an application before expert evaluation (from 我的申报). The decision is recorded and the
 * process is told in the same transaction; the message boundary event exists only before expert evaluation, so a
 * late withdrawal finds no receiver and changes nothing.
 */
@Service
public class ApplicationWithdrawal {

  static final int MAX_REASON = 500;

  private final ApplicationRepository applications;
  private final ApplicationService service;
  private final ApplicationAccess access;
  private final RuntimeService runtimeService;

  public ApplicationWithdrawal(ApplicationRepository applications, ApplicationService service,
      ApplicationAccess access, RuntimeService runtimeService) {
    this.applications = applications;
    this.service = service;
    this.access = access;
    this.runtimeService = runtimeService;
  }

  @Transactional
  public void withdraw(String number, String userId, String reason) {
    Application application = applications.findByNumber(number)
        .filter(a -> access.canActForApplicant(userId, a))
        .orElseThrow(() -> new ApplicationNotFoundException(number));
    if (!application.getStatus().isWithdrawable()) {
      throw new InvalidSubmissionException(new FieldProblem("status", "申报状态",
          "当前状态为“" + application.getStatus().label() + "”，" + (application.getStatus()
              == ApplicationStatus.EXPERT_EVALUATION ? "专家评审开始后不能撤回" : "申报已结束，无需撤回")));
    }
    String text = reason == null ? "" : reason.strip();
    if (text.length() > MAX_REASON) {
      throw new InvalidSubmissionException(new FieldProblem("reason", "撤回理由", "不能超过 " + MAX_REASON + " 个字符"));
    }
    service.record(application, DecisionStep.WITHDRAWAL, DecisionOutcome.WITHDRAWN,
        text.isEmpty() ? "申报人主动撤回" : text, userId, null);
    runtimeService.createMessageCorrelation(ApplicationProcess.MESSAGE_WITHDRAW)
        .processInstanceBusinessKey(number).correlateWithResult();
  }
}
