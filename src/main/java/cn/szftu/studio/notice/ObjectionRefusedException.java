package cn.szftu.studio.notice;

/** An objection the notice cannot take (window closed, studio not listed); the message is Chinese and names why. */
public class ObjectionRefusedException extends RuntimeException {

  private final String field;

  public ObjectionRefusedException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The form field the refusal is about, e.g. {@code applicationNumber}. */
  public String field() {
    return field;
  }
}
