package cn.szftu.studio.application.form;

/** One refused value: the field's key, its Chinese label and what is wrong with it. */
public record FieldProblem(String field, String label, String message) {

  @Override
  public String toString() {
    return label + "（" + field + "）：" + message;
  }
}
