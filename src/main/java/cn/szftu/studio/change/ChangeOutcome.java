package cn.szftu.studio.change;

/** What was decided at a step. Approval and refusal read differently at each step (同意, 批准, 确认迁出). */
public enum ChangeOutcome {
  SUBMITTED,
  APPROVE,
  RETURN,
  REFUSE,
  RESUBMITTED,
  WITHDRAWN,
  APPLIED,
  REVOKED,
  NOT_REVOKED,
  ENDED_BY_REVOCATION;

  public String label(ChangeStep step) {
    return switch (this) {
      case SUBMITTED -> "提交申请";
      case APPROVE -> switch (step) {
        case UNION_REVIEW -> "同意";
        case MOVE_OUT_CONFIRMATION -> "确认迁出，提请撤销";
        default -> "批准";
      };
      case RETURN -> "退回补正";
      case REFUSE -> switch (step) {
        case UNION_REVIEW -> "不同意";
        case MOVE_OUT_CONFIRMATION -> "不予确认";
        default -> "不批准";
      };
      case RESUBMITTED -> "补正后重新提交";
      case WITHDRAWN -> "撤回申请";
      case APPLIED -> "变更已登记";
      case REVOKED -> "决定撤销工作室";
      case NOT_REVOKED -> "决定不予撤销";
      case ENDED_BY_REVOCATION -> "工作室已被撤销，变更终止";
    };
  }
}
