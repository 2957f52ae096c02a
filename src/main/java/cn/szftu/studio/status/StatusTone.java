package cn.szftu.studio.status;

import cn.szftu.studio.application.ApplicationStatus;

/** How a status is coloured on the pages (CSS class status-&lt;tone&gt;): needs the applicant, in progress, or ended. */
enum StatusTone {
  ATTENTION, ACTIVE, CLOSED;

  static StatusTone of(ApplicationStatus status) {
    return switch (status) {
      case CORRECTION_REQUIRED -> ATTENTION;
      case SUBMITTED, AWAITING_RECOMMENDATION, AWAITING_INITIAL_REVIEW, EXPERT_EVALUATION, EVALUATED -> ACTIVE;
      case NOT_RECOMMENDED, REJECTED, WITHDRAWN, LAPSED, NAMED, NOT_NAMED -> CLOSED;
    };
  }

  String cssClass() {
    return "status-" + name().toLowerCase(java.util.Locale.ROOT);
  }
}
