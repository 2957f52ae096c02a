package cn.szftu.studio.evidence;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns the name a browser sent into one that is safe to store and to offer for download: no path, no control or
 * bidirectional-override characters (which can disguise "x.exe" as "x.pdf"), none of the characters Windows forbids,
 * at most {@link EvidenceLimits#MAX_NAME_LENGTH} characters, and an extension that matches the detected content.
 */
public final class FileNames {

  static final String FALLBACK_BASE = "证明材料";
  private static final String FORBIDDEN = "\\/:*?\"<>|";

  private FileNames() {
  }

  static String sanitise(String submitted, EvidenceType type) {
    return sanitise(submitted, type, FALLBACK_BASE, EvidenceLimits.MAX_NAME_LENGTH);
  }

  /** The same rules for other uploads (an objection's evidence), with their own fallback name and length. */
  public static String sanitise(String submitted, EvidenceType type, String fallbackBase, int maxLength) {
    String name = submitted == null ? "" : Normalizer.normalize(submitted, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder cleaned = new StringBuilder();
    name.codePoints().forEach(c -> {
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        cleaned.append(' ');
      } else if (FORBIDDEN.indexOf(c) >= 0) {
        cleaned.append('_');
      } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
          && Character.getType(c) != Character.UNASSIGNED && Character.getType(c) != Character.PRIVATE_USE
          && Character.getType(c) != Character.SURROGATE) {
        cleaned.appendCodePoint(c);
      }
    });
    name = cleaned.toString().replaceAll(" {2,}", " ").strip().replaceFirst("^[.\\s]+", "");

    String base = name;
    int dot = name.lastIndexOf('.');
    if (dot >= 0 && type.extensions().contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
      base = name.substring(0, dot).strip();
    }
    String extension = dot >= 0 && base.length() < name.length() ? name.substring(dot + 1) : type.extensions().get(0);
    if (base.isEmpty()) {
      base = fallbackBase;
    }
    int room = maxLength - extension.length() - 1;
    return truncate(base, room).strip() + "." + extension;
  }

  /** Cuts to at most max UTF-16 units without splitting a surrogate pair (the database counts characters). */
  private static String truncate(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
    return text.substring(0, end);
  }
}
