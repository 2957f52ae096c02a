package cn.szftu.studio.evidence;

/** One submitted file as the browser sent it; nothing in it is trusted yet. */
public record EvidenceUpload(String fileName, byte[] content, String description) {

  public EvidenceUpload {
    content = content == null ? new byte[0] : content;
  }
}
