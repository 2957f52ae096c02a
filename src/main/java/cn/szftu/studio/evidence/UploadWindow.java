package cn.szftu.studio.evidence;

import cn.szftu.studio.application.ApplicationStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * When the applicant may add or remove evidence: while the application is still being examined before expert
 * evaluation. Once the experts score it, or the application has ended, the evidence stays as it was.
 */
public final class UploadWindow {

  static final Set<ApplicationStatus> OPEN = EnumSet.of(ApplicationStatus.SUBMITTED,
      ApplicationStatus.CORRECTION_REQUIRED, ApplicationStatus.AWAITING_RECOMMENDATION,
      ApplicationStatus.AWAITING_INITIAL_REVIEW);

  private UploadWindow() {
  }

  public static boolean isOpen(ApplicationStatus status) {
    return OPEN.contains(status);
  }

  static String closedMessage(ApplicationStatus status) {
    return "当前状态为“" + status.label() + "”，不能再上传或删除证明材料";
  }
}
