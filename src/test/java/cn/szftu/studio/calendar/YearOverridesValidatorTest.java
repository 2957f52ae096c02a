package cn.szftu.studio.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearOverridesValidatorTest {

  private static final String SOURCE = "测试用通知（虚构数据）";

  private final YearOverridesValidator validator = new YearOverridesValidator(new LegalHolidayLibrary());

  private static OverrideEntry entry(String date, String name) {
    return new OverrideEntry(date == null ? null : LocalDate.parse(date), name);
  }

  private static List<OverrideEntry> entries(OverrideEntry... entries) {
    return new ArrayList<>(Arrays.asList(entries));
  }

  private List<String> messages(int year, YearOverridesRequest request) {
    return validator.check(year, request, "").stream().map(FieldProblem::message).toList();
  }

  @Test
  void acceptsAYearWithWeekendHolidaysAndMakeUpWeekends() {
    YearOverridesRequest request = new YearOverridesRequest(SOURCE,
        entries(entry("2027-01-01", "元旦"), entry("2027-01-02", "元旦"), entry("2027-01-03", "元旦")),
        entries(entry("2027-01-09", "元旦调休上班")));
    assertThat(validator.check(2027, request, "")).isEmpty();
  }

  @Test
  void refusesADateOutsideTheYear() {
    YearOverridesRequest request = new YearOverridesRequest(SOURCE,
        entries(entry("2027-01-01", "元旦"), entry("2027-01-02", "元旦"), entry("2028-01-01", "元旦")), null);
    assertThat(messages(2027, request)).containsExactly("holidays[2].date：日期 2028-01-01 不在 2027 年内");
  }

  @Test
  void refusesADateThatIsBothHolidayAndWorkday() {
    YearOverridesRequest request = new YearOverridesRequest(SOURCE,
        entries(entry("2027-02-06", "春节")), entries(entry("2027-02-06", "春节调休上班")));
    assertThat(validator.check(2027, request, "")).containsExactly(new FieldProblem("workdays[0].date",
        "workdays[0].date：日期 2027-02-06 同时出现在 holidays 中，同一天不能既放假又上班"));
  }

  @Test
  void refusesAWeekdayWorkdayAsMeaningless() {
    YearOverridesRequest request = new YearOverridesRequest(SOURCE,
        entries(entry("2027-01-01", "元旦")), entries(entry("2027-03-03", "调休上班")));
    assertThat(messages(2027, request))
        .containsExactly("workdays[0].date：2027-03-03 是星期三，本来就是工作日，无需设为调休上班");
  }

  @Test
  void acceptsAWeekdayWorkdayThatCancelsALibraryHoliday() {
    YearOverridesRequest request = new YearOverridesRequest(SOURCE, null,
        entries(entry("2026-10-07", "国庆节更正")));
    assertThat(validator.check(2026, request, "")).isEmpty();
  }

  @Test
  void refusesBlankAndOverlongNames() {
    YearOverridesRequest request = new YearOverridesRequest(SOURCE,
        entries(entry("2027-01-01", " "), entry("2027-01-02", "元".repeat(51)), entry("2027-01-03", null)),
        entries(entry("2027-01-09", "元".repeat(50))));
    assertThat(messages(2027, request)).containsExactly(
        "holidays[0].name：名称不能为空",
        "holidays[1].name：名称不能超过 50 个字符",
        "holidays[2].name：名称不能为空");
  }

  @Test
  void refusesABlankOrOverlongSource() {
    List<OverrideEntry> holidays = entries(entry("2027-01-01", "元旦"));
    assertThat(messages(2027, new YearOverridesRequest("  ", holidays, null)))
        .containsExactly("source：来源不能为空，请填写国务院办公厅通知的标题");
    assertThat(messages(2027, new YearOverridesRequest("通".repeat(201), holidays, null)))
        .containsExactly("source：来源不能超过 200 个字符");
  }

  @Test
  void refusesMissingEntriesAndDates() {
    YearOverridesRequest request = new YearOverridesRequest(SOURCE,
        entries(entry("2027-01-01", "元旦"), null, entry(null, "元旦")), null);
    assertThat(messages(2027, request)).containsExactly("holidays[1]：不能为空", "holidays[2].date：日期不能为空");
  }

  @Test
  void refusesDuplicateDates() {
    YearOverridesRequest request = new YearOverridesRequest(SOURCE,
        entries(entry("2027-01-01", "元旦"), entry("2027-01-01", "元旦")),
        entries(entry("2027-01-09", "调休上班"), entry("2027-01-09", "调休上班")));
    assertThat(messages(2027, request)).containsExactly(
        "holidays[1].date：日期 2027-01-01 重复", "workdays[1].date：日期 2027-01-09 重复");
  }

  @Test
  void requiresAHolidayForAYearTheLibraryLacks() {
    assertThat(messages(2027, new YearOverridesRequest(SOURCE, List.of(), List.of())))
        .containsExactly("holidays：内置数据不含 2027 年，请至少填写一个法定节假日");
    assertThat(messages(2026, new YearOverridesRequest(SOURCE, List.of(), List.of()))).isEmpty();
  }

  @Test
  void refusesAYearOutOfRange() {
    assertThat(messages(207, new YearOverridesRequest(SOURCE, entries(entry("2027-01-01", "元旦")), null)))
        .containsExactly("year：年份 207 超出允许范围 2000–2099");
  }

  @Test
  void reportsEveryProblemWithThePathPrefix() {
    YearOverridesRequest request = new YearOverridesRequest(null,
        entries(entry("2028-01-01", "元旦")), entries(entry("2027-03-03", "")));
    assertThat(validator.check(2027, request, "years[0].").stream().map(FieldProblem::field)).containsExactly(
        "years[0].source", "years[0].holidays[0].date", "years[0].workdays[0].name", "years[0].workdays[0].date");
  }
}
