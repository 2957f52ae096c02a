package cn.szftu.studio.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The file types accepted as evidence, recognised by their first bytes. The name and the browser's content type are
 * chosen by the uploader and prove nothing; the bytes decide, and the stored content type follows from them.
 */
public enum EvidenceType {
  PDF("application/pdf", List.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
  JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

  static final String NOT_ACCEPTED = "仅支持 PDF、JPG、PNG 文件，该文件内容不是这几种格式之一";

  private final String contentType;
  private final List<String> extensions;
  private final byte[] signature;

  EvidenceType(String contentType, List<String> extensions, byte[] signature) {
    this.contentType = contentType;
    this.extensions = extensions;
    this.signature = signature;
  }

  public static Optional<EvidenceType> detect(byte[] content) {
    return Arrays.stream(values()).filter(t -> t.matches(content)).findFirst();
  }

  public String contentType() {
    return contentType;
  }

  /** Lower-case extensions without the dot; the first is the one given to a name that has none of them. */
  public List<String> extensions() {
    return extensions;
  }

  private boolean matches(byte[] content) {
    if (content == null || content.length < signature.length) {
      return false;
    }
    return Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
  }
}
