package cn.szftu.studio.status;

import cn.szftu.studio.application.Application;
import cn.szftu.studio.application.ApplicationAccess;
import cn.szftu.studio.application.ApplicationNotFoundException;
import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.ApplicationWithdrawal;
import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.springframework.stereotype.Service;

/**
 * The withdrawal form of the detail page: the applicant must tick "确认撤回" before anything happens. Access is checked
 * first, so someone outside the unit learns nothing from the confirmation message either.
 */
@Service
public class WithdrawalRequest {

  static final String FIELD_CONFIRMED = "confirmed";
  static final String LABEL_CONFIRMED = "确认撤回";

  private final ApplicationRepository applications;
  private final ApplicationAccess access;
  private final ApplicationWithdrawal withdrawal;

  public WithdrawalRequest(ApplicationRepository applications, ApplicationAccess access,
      ApplicationWithdrawal withdrawal) {
    this.applications = applications;
    this.access = access;
    this.withdrawal = withdrawal;
  }

  public void withdraw(String number, String userId, String reason, boolean confirmed) {
    Application application = applications.findByNumber(number)
        .filter(a -> access.canActForApplicant(userId, a))
        .orElseThrow(() -> new ApplicationNotFoundException(number));
    if (!confirmed) {
      throw new InvalidSubmissionException(new FieldProblem(FIELD_CONFIRMED, LABEL_CONFIRMED,
          "请勾选“确认撤回”后再提交；撤回后本次申报结束，不能恢复"));
    }
    try {
      withdrawal.withdraw(application.getNumber(), userId, reason);
    } catch (MismatchingMessageCorrelationException e) {
      // The process moved on (e.g. into expert evaluation) after the page was shown; the withdrawal was rolled back.
      throw new InvalidSubmissionException(new FieldProblem("status", "申报状态",
          "申报已进入下一环节，不能再撤回，请刷新页面查看最新状态"));
    }
  }
}
