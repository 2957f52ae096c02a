package cn.szftu.studio.change;

import java.util.EnumSet;
import java.util.Set;

/** Where a change request stands; while it is open, no other change of the same studio may start. */
public enum ChangeStatus {
  UNION_REVIEW("推荐单位审核中"),
  CORRECTION("退回补正中"),
  OFFICE_REVIEW("市总工会审批中"),
  LEADERSHIP_REVIEW("市总工会主席会议审批中"),
  MOVE_OUT_CONFIRMATION("市总工会确认迁出中"),
  REVOCATION("迁出深圳，撤销程序办理中"),
  APPROVED("已批准并登记"),
  REFUSED("未获批准"),
  WITHDRAWN("申请人已撤回"),
  REVOKED("迁出深圳，工作室已撤销"),
  NOT_REVOKED("迁出深圳，未予撤销"),
  ENDED_BY_REVOCATION("工作室已被撤销，变更终止");

  public static final Set<ChangeStatus> OPEN = EnumSet.of(UNION_REVIEW, CORRECTION, OFFICE_REVIEW, LEADERSHIP_REVIEW,
      MOVE_OUT_CONFIRMATION, REVOCATION);

  private final String label;

  ChangeStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean open() {
    return OPEN.contains(this);
  }
}
