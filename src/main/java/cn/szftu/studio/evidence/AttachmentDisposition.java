package cn.szftu.studio.evidence;

import java.nio.charset.StandardCharsets;

/**
 * Content-Disposition for a download: {@code attachment} with a plain ASCII {@code filename} for old clients and the
 * real (Chinese) name as RFC 5987 {@code filename*}, which every current browser prefers.
 */
final class AttachmentDisposition {

  private static final String ATTR_CHAR_SYMBOLS = "!#$&+-.^_`|~";

  private AttachmentDisposition() {
  }

  static String of(String fileName) {
    return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encode(fileName);
  }

  static String encode(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHAR_SYMBOLS.indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }

  /** Printable ASCII only, without the quote and backslash that would end or escape the quoted string. */
  static String asciiFallback(String fileName) {
    String ascii = fileName.replaceAll("[^\\x20-\\x7E]+", "_").replace('"', '_').replace('\\', '_');
    return ascii.replaceAll("_+", "_");
  }
}
