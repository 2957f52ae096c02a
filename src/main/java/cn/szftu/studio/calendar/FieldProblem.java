package cn.szftu.studio.calendar;

/** One validation failure; {@code message} repeats the field so it can be shown on its own. */
public record FieldProblem(String field, String message) {

  static FieldProblem of(String field, String reason) {
    return new FieldProblem(field, field + "：" + reason);
  }
}
