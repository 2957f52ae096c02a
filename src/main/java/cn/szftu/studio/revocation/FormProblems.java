package cn.szftu.studio.revocation;

import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads submitted form values and collects every problem, so a refusal lists all of them at once in Chinese, each
 * naming its field (label and key). Nothing is thrown until {@link #throwIfAny()}.
 */
public final class FormProblems {

  private final Map<String, Object> values;
  private final List<FieldProblem> problems = new ArrayList<>();

  public FormProblems(Map<String, Object> values) {
    this.values = values;
  }

  /** Refuses every submitted name outside {@code allowed} (mass assignment through the REST API). */
  public FormProblems onlyFields(Set<String> allowed) {
    values.keySet().stream().filter(name -> !allowed.contains(name)).sorted()
        .forEach(name -> problems.add(new FieldProblem(name, name, "不是本表单的字段")));
    return this;
  }

  public void add(String field, String label, String message) {
    problems.add(new FieldProblem(field, label, message));
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  public List<FieldProblem> problems() {
    return List.copyOf(problems);
  }

  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidSubmissionException(problems);
    }
  }

  /** Free text, stripped; null when empty (and then a problem if required). */
  public String text(String field, String label, boolean required, int maxLength) {
    Object raw = values.get(field);
    if (raw != null && !(raw instanceof String)) {
      add(field, label, "应为文字");
      return null;
    }
    String text = raw == null ? "" : ((String) raw).strip();
    if (text.isEmpty()) {
      if (required) {
        add(field, label, "不能为空");
      }
      return null;
    }
    if (text.length() > maxLength) {
      add(field, label, "不能超过 " + maxLength + " 个字符（现为 " + text.length() + " 个）");
      return null;
    }
    return text;
  }

  /** One of the enum's constants by exact name. */
  public <E extends Enum<E>> E choice(String field, String label, Class<E> type) {
    Object raw = values.get(field);
    for (E candidate : type.getEnumConstants()) {
      if (candidate.name().equals(raw)) {
        return candidate;
      }
    }
    add(field, label, raw == null || raw instanceof String s && s.isBlank() ? "请选择" + label
        : "“" + raw + "”不是可选的" + label);
    return null;
  }

  /** An ISO date (form-js date fields submit {@code 2026-11-25}). */
  public LocalDate date(String field, String label, boolean required) {
    String text = text(field, label, required, 30);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      add(field, label, "应为日期，如 2026-11-25");
      return null;
    }
  }

  /** A checkbox that must be ticked. */
  public boolean ticked(String field, String label, String whenMissing) {
    Object raw = values.get(field);
    if (raw != null && !(raw instanceof Boolean)) {
      add(field, label, "应为勾选项");
      return false;
    }
    if (!Boolean.TRUE.equals(raw)) {
      add(field, label, whenMissing);
      return false;
    }
    return true;
  }

  /** A whole positive number (an id). */
  public Long id(String field, String label) {
    Object raw = values.get(field);
    if (raw == null) {
      add(field, label, "不能为空");
      return null;
    }
    if (!(raw instanceof Long || raw instanceof Integer || raw instanceof Short) || ((Number) raw).longValue() <= 0) {
      add(field, label, "应为工作室编号（正整数）");
      return null;
    }
    return ((Number) raw).longValue();
  }
}
