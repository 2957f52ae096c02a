package cn.szftu.studio.application.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads submitted values by kind and collects every problem instead of stopping at the first, so the applicant sees
 * all of them at once. Values arrive as Tasklist or the REST API send them: strings, numbers of any Java type,
 * booleans, and lists as JSON (a List, a JSON string or a Spin JSON node).
 */
public final class FieldReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Object> values;
  private final Function<String, String> labels;
  private final String prefix;
  private final List<FieldProblem> problems;

  public FieldReader(Map<String, Object> values, Function<String, String> labels) {
    this(values, labels, "", new ArrayList<>());
  }

  private FieldReader(Map<String, Object> values, Function<String, String> labels, String prefix,
      List<FieldProblem> problems) {
    this.values = values;
    this.labels = labels;
    this.prefix = prefix;
    this.problems = problems;
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  public void problem(String key, String message) {
    problems.add(new FieldProblem(prefix + key, labelOf(key), message));
  }

  public String text(String key, boolean required, int maxLength) {
    Object raw = values.get(key);
    if (raw == null || raw instanceof String s && s.isBlank()) {
      if (required) {
        problem(key, "不能为空");
      }
      return null;
    }
    if (!(raw instanceof String s)) {
      problem(key, "应为文字");
      return null;
    }
    String value = s.strip();
    if (value.length() > maxLength) {
      problem(key, "不能超过 " + maxLength + " 个字符（现为 " + value.length() + " 个）");
      return null;
    }
    if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
      problem(key, "含有不可见的控制字符");
      return null;
    }
    return value;
  }

  public Integer integer(String key, boolean required, int min, int max) {
    BigDecimal value = number(key, required);
    if (value == null) {
      return null;
    }
    if (value.stripTrailingZeros().scale() > 0) {
      problem(key, "应为整数");
      return null;
    }
    if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      problem(key, "应在 " + min + " 到 " + max + " 之间");
      return null;
    }
    return value.intValueExact();
  }

  public BigDecimal decimal(String key, boolean required, BigDecimal min, BigDecimal max, int maxScale) {
    BigDecimal value = number(key, required);
    if (value == null) {
      return null;
    }
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      problem(key, "应在 " + min.toPlainString() + " 到 " + max.toPlainString() + " 之间");
      return null;
    }
    if (value.stripTrailingZeros().scale() > maxScale) {
      problem(key, "最多保留 " + maxScale + " 位小数");
      return null;
    }
    return value.stripTrailingZeros();
  }

  private BigDecimal number(String key, boolean required) {
    Object raw = values.get(key);
    if (raw == null || raw instanceof String s && s.isBlank()) {
      if (required) {
        problem(key, "不能为空");
      }
      return null;
    }
    try {
      if (raw instanceof Number n) {
        if (raw instanceof Double d && (d.isNaN() || d.isInfinite())) {
          throw new NumberFormatException();
        }
        return new BigDecimal(n.toString());
      }
      if (raw instanceof String s && s.strip().length() <= 30) {
        return new BigDecimal(s.strip());
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problem(key, "应为数字");
    return null;
  }

  public LocalDate date(String key, boolean required, LocalDate earliest, LocalDate latest) {
    Object raw = values.get(key);
    if (raw == null || raw instanceof String s && s.isBlank()) {
      if (required) {
        problem(key, "不能为空");
      }
      return null;
    }
    LocalDate value;
    try {
      value = LocalDate.parse(String.valueOf(raw).strip().substring(0, Math.min(10, String.valueOf(raw).strip().length())));
    } catch (DateTimeParseException e) {
      problem(key, "应为日期（年-月-日）");
      return null;
    }
    if (value.isBefore(earliest) || value.isAfter(latest)) {
      problem(key, "“" + value + "”不在 " + earliest + " 到 " + latest + " 之间");
      return null;
    }
    return value;
  }

  public <E extends Enum<E>> E choice(String key, boolean required, Class<E> type) {
    Object raw = values.get(key);
    if (raw == null || raw instanceof String s && s.isBlank()) {
      if (required) {
        problem(key, "请选择");
      }
      return null;
    }
    try {
      return Enum.valueOf(type, String.valueOf(raw));
    } catch (IllegalArgumentException e) {
      problem(key, "“" + abbreviate(String.valueOf(raw)) + "”不是可选的值");
      return null;
    }
  }

  public boolean checked(String key, String messageWhenNot) {
    Object raw = values.get(key);
    if (Boolean.TRUE.equals(raw) || "true".equals(raw)) {
      return true;
    }
    if (raw != null && !(raw instanceof Boolean) && !"false".equals(raw)) {
      problem(key, "应为是或否");
      return false;
    }
    problem(key, messageWhenNot);
    return false;
  }

  /** A repeating group: each row is read by its own reader whose problems carry the row's path. */
  public List<FieldReader> rows(String key, int maxRows) {
    Object raw = values.get(key);
    if (raw == null) {
      return List.of();
    }
    List<?> list;
    try {
      list = raw instanceof List<?> l ? l : JSON.readValue(raw.toString(), List.class);
    } catch (JsonProcessingException e) {
      problem(key, "格式不正确");
      return List.of();
    }
    if (list.size() > maxRows) {
      problem(key, "最多 " + maxRows + " 条（现为 " + list.size() + " 条）");
      return List.of();
    }
    List<FieldReader> rows = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof Map<?, ?> row)) {
        problem(key, "第 " + (i + 1) + " 条格式不正确");
        continue;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> typed = (Map<String, Object>) row;
      String rowPrefix = prefix + key + "[" + i + "].";
      String rowLabel = labelOf(key) + "第 " + (i + 1) + " 条";
      rows.add(new FieldReader(typed, k -> rowLabel + "·" + labels.apply(key + "." + k), rowPrefix, problems));
    }
    return rows;
  }

  /** Keys of the row or form that nobody asked for: refused, so no extra value can slip into storage. */
  public void refuseUnknown(java.util.Set<String> known) {
    for (String key : values.keySet()) {
      if (!known.contains(key)) {
        problems.add(new FieldProblem(prefix + key, abbreviate(key), "不是本表单的字段"));
      }
    }
  }

  private String labelOf(String key) {
    String label = labels.apply(key);
    return label == null ? key : label;
  }

  private static String abbreviate(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
