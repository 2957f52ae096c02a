package cn.szftu.studio.application.process;

import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import java.util.Map;

/** Reading single submitted task-form values with a Chinese refusal naming the field. */
public final class TaskFormInput {

  public static final int MAX_REASONS = 2000;

  private TaskFormInput() {
  }

  /** The chosen option of a radio group, one of {@code type}'s constants. */
  public static <E extends Enum<E>> E choice(Map<String, Object> submitted, String field, String label, Class<E> type) {
    Object raw = submitted.get(field);
    for (E candidate : type.getEnumConstants()) {
      if (candidate.name().equals(raw)) {
        return candidate;
      }
    }
    throw new InvalidSubmissionException(new FieldProblem(field, label,
        raw == null ? "请选择" + label : "“" + raw + "”不是可选的" + label));
  }

  /** Free text, stripped; null when empty and not required. */
  public static String text(Map<String, Object> submitted, String field, String label, boolean required, int maxLength,
      String whenMissing) {
    Object raw = submitted.get(field);
    if (raw != null && !(raw instanceof String)) {
      throw new InvalidSubmissionException(new FieldProblem(field, label, "应为文字"));
    }
    String text = raw == null ? "" : ((String) raw).strip();
    if (required && text.isEmpty()) {
      throw new InvalidSubmissionException(new FieldProblem(field, label, whenMissing));
    }
    if (text.length() > maxLength) {
      throw new InvalidSubmissionException(new FieldProblem(field, label,
          "不能超过 " + maxLength + " 个字符（现为 " + text.length() + " 个）"));
    }
    return text.isEmpty() ? null : text;
  }
}
