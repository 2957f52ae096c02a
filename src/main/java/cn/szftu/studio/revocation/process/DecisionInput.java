package cn.szftu.studio.revocation.process;

import static cn.szftu.studio.revocation.StudioRevocationProcess.*;

import cn.szftu.studio.revocation.FormProblems;
import java.time.LocalDate;

/**
 * The decision body's answer, for one studio or a whole batch: 撤销 needs the decision's document number and date
 * (not in the future); 不予撤销 needs its reasons, which stay on record.
 */
record DecisionInput(Decision decision, String number, LocalDate date, String reasons) {

  static final String[] FIELDS = {FIELD_DECISION, FIELD_DECISION_NUMBER, FIELD_DECISION_DATE, FIELD_DECISION_REASONS};

  static DecisionInput read(FormProblems form, LocalDate today) {
    Decision decision = form.choice(FIELD_DECISION, "研究决定", Decision.class);
    boolean revoke = decision == Decision.REVOKE;
    String number = form.text(FIELD_DECISION_NUMBER, "撤销决定文号", revoke, RevocationForms.MAX_DECISION_NUMBER);
    LocalDate date = form.date(FIELD_DECISION_DATE, "决定日期", revoke);
    if (date != null && date.isAfter(today)) {
      form.add(FIELD_DECISION_DATE, "决定日期", "不能晚于今天");
    }
    String reasons = form.text(FIELD_DECISION_REASONS, "会议研究意见", decision == Decision.NOT_REVOKE,
        RevocationForms.MAX_REASONS);
    form.throwIfAny();
    return new DecisionInput(decision, number, date, reasons);
  }
}
