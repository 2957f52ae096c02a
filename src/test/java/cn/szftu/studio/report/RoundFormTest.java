package cn.szftu.studio.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.calendar.LegalHolidayLibrary;
import cn.szftu.studio.calendar.OverrideSnapshot;
import cn.szftu.studio.calendar.WorkingDays;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The round's start form, on 25 November 2026 (the 2027 holiday arrangement not yet known). */
class RoundFormTest {

  private static final ReportSchedule SCHEDULE = new ReportSchedule(
      new WorkingDays(new LegalHolidayLibrary(), () -> OverrideSnapshot.EMPTY),
      new AnnualReportProperties(null, null, null, null, null, null, null));
  private static final Instant NOW = at("2026-11-25T10:00");

  private static Instant at(String beijingTime) {
    return OffsetDateTime.parse(beijingTime + "+08:00").toInstant();
  }

  private static Map<String, Object> form(Object year, Object dueDate) {
    Map<String, Object> values = new HashMap<>();
    values.put("reportYear", year);
    values.put("dueDate", dueDate);
    return values;
  }

  private static RoundForm.Round read(Map<String, Object> values) {
    return RoundForm.read(values, NOW, SCHEDULE, year -> Optional.empty());
  }

  @Test
  void anExplicitWorkingDayIsDueAtSixInTheEvening() {
    assertThat(read(form(2026L, "2026-12-11"))).isEqualTo(new RoundForm.Round(2026, at("2026-12-11T18:00")));
  }

  @Test
  void withoutADateTheDefaultRuleNeedsTheNextYearsHolidays() {
    // report year 2026 is due on 31 March 2027 by default, and the 2027 holidays are not known yet
    assertThatThrownBy(() -> read(form(2026L, null))).isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("报送截止日期（dueDate）：缺少 2027 年的法定节假日安排");
  }

  @Test
  void aDefaultDueDateInThePastIsRefused() {
    assertThatThrownBy(() -> read(form(2025L, ""))).isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("报送截止日期（dueDate）：按默认规则 2025 年度报告的截止时间为 2026年3月31日 18:00，已经过去");
  }

  @Test
  void aLateRoundForAnEarlierYearTakesAnExplicitDate() {
    assertThat(read(form(2025L, "2026-12-11")).dueAt()).isEqualTo(at("2026-12-11T18:00"));
  }

  @Test
  void restDaysPastDaysAndFutureYearsAreRefused() {
    assertThatThrownBy(() -> read(form(2026L, "2026-12-12"))).hasMessageContaining("“2026-12-12”不是工作日");
    assertThatThrownBy(() -> read(form(2026L, "2026-11-25"))).hasMessageContaining("报送截止日期（dueDate）：“2026-11-25”不在");
    assertThatThrownBy(() -> read(form(2027L, "2026-12-11"))).hasMessageContaining("报告年度（reportYear）：应在 2020 到 2026 之间");
    assertThatThrownBy(() -> read(form("二〇二六", "12/11"))).isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("共 2 处需要修改").hasMessageContaining("（reportYear）：应为数字")
        .hasMessageContaining("（dueDate）：应为日期");
  }

  @Test
  void unknownFieldsAreRefused() {
    Map<String, Object> values = form(2026L, "2026-12-11");
    values.put("studioIds", "1,2,3");
    assertThatThrownBy(() -> read(values)).hasMessageContaining("studioIds（studioIds）：不是本表单的字段");
  }

  @Test
  void startingAYearAgainKeepsItsDueMoment() {
    Instant first = at("2026-12-11T18:00");
    assertThat(RoundForm.read(form(2026L, null), NOW, SCHEDULE, year -> Optional.of(first)).dueAt()).isEqualTo(first);
    assertThat(RoundForm.read(form(2026L, "2026-12-11"), NOW, SCHEDULE, year -> Optional.of(first)).dueAt())
        .isEqualTo(first);
    assertThatThrownBy(() -> RoundForm.read(form(2026L, "2026-12-18"), NOW, SCHEDULE, year -> Optional.of(first)))
        .hasMessageContaining("2026 年度报告已经发起，报送截止时间为 2026年12月11日 18:00");
  }
}
