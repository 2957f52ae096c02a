package cn.szftu.studio.notice.web;

/**
 * The objection form exactly as the browser sent it; nothing in it is trusted yet (see {@link ObjectionFormValidator}).
 * Also what the page shows again after a refusal, so the objector does not have to retype.
 */
public record ObjectionForm(String applicationNumber, String objectorName, String objectorMobile, String facts,
    boolean consent, Evidence evidence) {

  /**
   * The optional file: the name the browser sent, its size and its bytes. {@code content} is null when the file was
   * too large to be worth reading.
   */
  public record Evidence(String fileName, long size, byte[] content) {
  }

  /** The empty form of the page, with the studio preselected when the visitor came from a row of the list. */
  public static ObjectionForm empty(String applicationNumber) {
    return new ObjectionForm(applicationNumber, null, null, null, false, null);
  }
}
