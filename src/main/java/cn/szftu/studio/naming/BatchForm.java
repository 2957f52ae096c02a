package cn.szftu.studio.naming;

import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.calendar.WorkingDays;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads and checks the start form of naming-batch. Every problem is reported at once in Chinese, naming the field.
 * The window opens at 00:00 of its first day and closes at 18:00 of its last day, Beijing time.
 */
public final class BatchForm {

  public static final LocalTime CLOSING_TIME = LocalTime.of(18, 0);
  public static final Set<String> OUTCOME_LABELS = Set.of("命名", "认定", "支持建设");
  public static final Set<String> FIELDS = Set.of("year", "windowOpensOn", "windowClosesOn", "defaultQuota",
      "unionQuotas", "totalQuota", "correctionWorkingDays", "panelSize", "passLine", "disagreementThreshold",
      "noticeWorkingDays", "indicatorVersion", "outcomeLabel");

  private final Map<String, Object> values;
  private final List<FieldProblem> problems = new ArrayList<>();

  private BatchForm(Map<String, Object> values) {
    this.values = values;
  }

  /**
   * @param unions        codes of the active recommending unions (for the per-union quotas)
   * @param versionExists whether an indicator-set version is stored
   */
  public static BatchParameters read(Map<String, Object> values, Set<String> unions, Predicate<String> versionExists,
      LocalDate today) {
    return new BatchForm(values).parse(unions, versionExists, today);
  }

  private BatchParameters parse(Set<String> unions, Predicate<String> versionExists, LocalDate today) {
    for (String name : values.keySet()) {
      if (!FIELDS.contains(name)) {
        problems.add(new FieldProblem(name, name, "不是本表单的字段"));
      }
    }
    Integer year = integer("year", "批次年度", true, 2020, 2100);
    LocalDate opens = date("windowOpensOn", "申报开始日期");
    LocalDate closes = date("windowClosesOn", "申报截止日期");
    if (opens != null && closes != null && !closes.isAfter(opens)) {
      problems.add(new FieldProblem("windowClosesOn", "申报截止日期", "应晚于申报开始日期"));
    }
    if (closes != null && closes.isBefore(today)) {
      problems.add(new FieldProblem("windowClosesOn", "申报截止日期", "不能早于今天"));
    }
    Integer defaultQuota = integer("defaultQuota", "每个推荐单位的名额", true, 0, 100);
    Map<String, Integer> unionQuotas = unionQuotas(unions);
    Integer totalQuota = integer("totalQuota", "批次总名额", false, 1, 1000);
    Integer correction = integer("correctionWorkingDays", "补正期限（工作日）", true, 1, 60);
    Integer panelSize = integer("panelSize", "每件申报的评审专家人数", true, 3, 15);
    BigDecimal passLine = decimal("passLine", "合格线（分）", 0, 100);
    BigDecimal threshold = decimal("disagreementThreshold", "专家分歧阈值（分）", 0, 100);
    Integer noticeDays = integer("noticeWorkingDays", "公示期（工作日）", true, 1, 30);
    String version = text("indicatorVersion");
    if (version != null && !versionExists.test(version)) {
      problems.add(new FieldProblem("indicatorVersion", "指标体系版本", "版本“" + version + "”尚未加载"));
    }
    String label = text("outcomeLabel");
    if (label == null || !OUTCOME_LABELS.contains(label)) {
      problems.add(new FieldProblem("outcomeLabel", "命名用语", label == null ? "请选择命名用语"
          : "“" + label + "”不是可选的命名用语（命名、认定、支持建设）"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidSubmissionException(problems);
    }
    return new BatchParameters(year, year + " 年度深圳市示范性劳模和工匠人才创新工作室" + label,
        opens.atStartOfDay(WorkingDays.ZONE).toInstant(), closes.atTime(CLOSING_TIME).atZone(WorkingDays.ZONE)
            .toInstant(), defaultQuota, unionQuotas, totalQuota, correction, panelSize, passLine, threshold,
        noticeDays, version, label);
  }

  /** Lines of the form {@code nanshan=5} (or {@code nanshan：5}), one union each. */
  private Map<String, Integer> unionQuotas(Set<String> unions) {
    Map<String, Integer> quotas = new LinkedHashMap<>();
    String text = text("unionQuotas");
    if (text == null) {
      return quotas;
    }
    int lineNo = 0;
    for (String line : text.split("\\R")) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.strip().split("\\s*[=：:]\\s*");
      String where = "第 " + lineNo + " 行“" + line.strip() + "”";
      if (parts.length != 2 || !parts[1].matches("\\d{1,3}")) {
        problems.add(new FieldProblem("unionQuotas", "各推荐单位名额", where + "应写作“推荐单位代码=名额”，如 nanshan=5"));
      } else if (!unions.contains(parts[0])) {
        problems.add(new FieldProblem("unionQuotas", "各推荐单位名额", where + "：没有代码为“" + parts[0] + "”的推荐单位"));
      } else if (quotas.put(parts[0], Integer.parseInt(parts[1])) != null) {
        problems.add(new FieldProblem("unionQuotas", "各推荐单位名额", where + "：该推荐单位重复填写"));
      }
    }
    return quotas;
  }

  private Integer integer(String field, String label, boolean required, int min, int max) {
    Object raw = values.get(field);
    if (raw == null || raw instanceof String s && s.isBlank()) {
      if (required) {
        problems.add(new FieldProblem(field, label, "不能为空"));
      }
      return null;
    }
    if (!(raw instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
      problems.add(new FieldProblem(field, label, "应为整数"));
      return null;
    }
    long value = number.longValue();
    if (value < min || value > max) {
      problems.add(new FieldProblem(field, label, "应在 " + min + " 至 " + max + " 之间"));
      return null;
    }
    return (int) value;
  }

  private BigDecimal decimal(String field, String label, int min, int max) {
    Object raw = values.get(field);
    if (!(raw instanceof Number number)) {
      problems.add(new FieldProblem(field, label, raw == null ? "不能为空" : "应为数字"));
      return null;
    }
    BigDecimal value = new BigDecimal(number.toString());
    if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      problems.add(new FieldProblem(field, label, "应在 " + min + " 至 " + max + " 之间"));
      return null;
    }
    if (value.stripTrailingZeros().scale() > 1) {
      problems.add(new FieldProblem(field, label, "最多保留 1 位小数"));
      return null;
    }
    return value;
  }

  private LocalDate date(String field, String label) {
    String text = text(field);
    if (text == null) {
      problems.add(new FieldProblem(field, label, "不能为空"));
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, label, "应为日期，如 2027-09-01"));
      return null;
    }
  }

  private String text(String field) {
    Object raw = values.get(field);
    if (raw == null) {
      return null;
    }
    if (!(raw instanceof String s)) {
      problems.add(new FieldProblem(field, field, "应为文字"));
      return null;
    }
    return s.isBlank() ? null : s.strip();
  }
}
