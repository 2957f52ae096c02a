package cn.szftu.studio.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.szftu.studio.application.form.InvalidSubmissionException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BatchFormTest {

  static final LocalDate TODAY = LocalDate.parse("2026-11-25");
  static final Set<String> UNIONS = Set.of("nanshan", "futian", "direct");

  static Map<String, Object> valid() {
    Map<String, Object> v = new HashMap<>();
    v.put("year", 2027);
    v.put("outcomeLabel", "认定");
    v.put("windowOpensOn", "2027-03-01");
    v.put("windowClosesOn", "2027-05-31");
    v.put("defaultQuota", 3);
    v.put("unionQuotas", "nanshan=5\n\nfutian：4");
    v.put("totalQuota", 40);
    v.put("correctionWorkingDays", 10);
    v.put("noticeWorkingDays", 5);
    v.put("panelSize", 5);
    v.put("passLine", 75.5);
    v.put("disagreementThreshold", 15);
    v.put("indicatorVersion", "2023-reconstructed");
    return v;
  }

  static BatchParameters read(Map<String, Object> values) {
    return BatchForm.read(values, UNIONS, "2023-reconstructed"::equals, TODAY);
  }

  @Test
  void aValidFormGivesTheBatchParameters() {
    BatchParameters p = read(valid());
    assertThat(p.code()).isEqualTo("2027");
    assertThat(p.title()).isEqualTo("2027 年度深圳市示范性劳模和工匠人才创新工作室认定");
    assertThat(p.windowOpensAt()).isEqualTo(ZonedDateTime.parse("2027-03-01T00:00+08:00").toInstant());
    assertThat(p.windowClosesAt()).isEqualTo(ZonedDateTime.parse("2027-05-31T18:00+08:00").toInstant());
    assertThat(p.unionQuotas()).containsExactlyInAnyOrderEntriesOf(Map.of("nanshan", 5, "futian", 4));
    assertThat(p.passLine()).isEqualByComparingTo("75.5");
    assertThat(p.totalQuota()).isEqualTo(40);
  }

  @Test
  void optionalFieldsMayBeLeftOut() {
    Map<String, Object> v = valid();
    v.remove("totalQuota");
    v.remove("unionQuotas");
    v.put("indicatorVersion", " ");
    BatchParameters p = read(v);
    assertThat(p.totalQuota()).isNull();
    assertThat(p.unionQuotas()).isEmpty();
    assertThat(p.indicatorVersion()).isNull();
  }

  @Test
  void everyProblemIsReportedAtOnceNamingTheField() {
    Map<String, Object> v = valid();
    v.put("year", 1999);
    v.put("windowClosesOn", "2027-02-01");
    v.put("unionQuotas", "nanshan=5\nluohu=2\nfutian five");
    v.put("passLine", 75.25);
    v.put("panelSize", "五");
    v.put("indicatorVersion", "2099-unknown");
    v.put("outcomeLabel", "表彰");
    v.put("salary", 1);
    assertThatThrownBy(() -> read(v)).isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("批次年度（year）：应在 2020 至 2100 之间")
        .hasMessageContaining("申报截止日期（windowClosesOn）：应晚于申报开始日期")
        .hasMessageContaining("没有代码为“luohu”的推荐单位")
        .hasMessageContaining("第 3 行“futian five”应写作“推荐单位代码=名额”")
        .hasMessageContaining("合格线（分）（passLine）：最多保留 1 位小数")
        .hasMessageContaining("每件申报的评审专家人数（panelSize）：应为整数")
        .hasMessageContaining("版本“2099-unknown”尚未加载")
        .hasMessageContaining("“表彰”不是可选的命名用语")
        .hasMessageContaining("salary（salary）：不是本表单的字段");
  }

  @Test
  void aWindowEndingInThePastIsRefused() {
    Map<String, Object> v = valid();
    v.put("windowOpensOn", "2026-01-01");
    v.put("windowClosesOn", "2026-11-24");
    assertThatThrownBy(() -> read(v)).hasMessageContaining("不能早于今天");
  }
}
