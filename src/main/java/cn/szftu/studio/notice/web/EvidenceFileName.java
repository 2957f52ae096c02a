package cn.szftu.studio.notice.web;

import cn.szftu.studio.evidence.EvidenceType;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The name of an objection's evidence file as it is stored: no path, no control, format (bidirectional override) or
 * private-use characters, none of the characters Windows forbids, at most {@link #MAX_LENGTH} characters, and an
 * extension that matches the type detected from the bytes. The same rules as the evidence package's file names, whose
 * helper is not public.
 */
final class EvidenceFileName {

  static final int MAX_LENGTH = 100;
  static final String FALLBACK_BASE = "异议证明材料";
  private static final String FORBIDDEN = "\\/:*?\"<>|";

  private EvidenceFileName() {
  }

  static String safe(String submitted, EvidenceType type) {
    String name = submitted == null ? "" : Normalizer.normalize(submitted, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder cleaned = new StringBuilder();
    name.codePoints().forEach(c -> {
      int category = Character.getType(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        cleaned.append(' ');
      } else if (FORBIDDEN.indexOf(c) >= 0) {
        cleaned.append('_');
      } else if (!Character.isISOControl(c) && category != Character.FORMAT && category != Character.UNASSIGNED
          && category != Character.PRIVATE_USE && category != Character.SURROGATE) {
        cleaned.appendCodePoint(c);
      }
    });
    name = cleaned.toString().replaceAll(" {2,}", " ").strip().replaceFirst("^[.\\s]+", "");
    String base = name;
    int dot = name.lastIndexOf('.');
    if (dot >= 0 && type.extensions().contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
      base = name.substring(0, dot).strip();
    }
    // Whatever the name claimed, the stored extension is the detected type's: "x.exe" holding a PDF becomes "x.exe.pdf".
    String extension = base.length() < name.length() ? name.substring(dot + 1) : type.extensions().get(0);
    if (base.isEmpty()) {
      base = FALLBACK_BASE;
    }
    return truncate(base, MAX_LENGTH - extension.length() - 1).strip() + "." + extension;
  }

  /** At most max UTF-16 units without splitting a surrogate pair. */
  private static String truncate(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    return text.substring(0, Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max);
  }
}
