package cn.szftu.studio.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** File sizes as people read them, in binary units like Spring's multipart limits ("20MB" = 20 × 1024 × 1024). */
public final class FileSizes {

  private static final long KB = 1024;
  private static final long MB = KB * 1024;

  private FileSizes() {
  }

  public static String text(long bytes) {
    return text(bytes, RoundingMode.HALF_UP);
  }

  /** Rounded up, for sizes over a limit: a file one byte too large must not read as exactly "20 MB". */
  public static String textRoundedUp(long bytes) {
    return text(bytes, RoundingMode.UP);
  }

  private static String text(long bytes, RoundingMode rounding) {
    if (bytes < KB) {
      return bytes + " 字节";
    }
    long unit = bytes < MB ? KB : MB;
    return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), 1, rounding).stripTrailingZeros()
        .toPlainString() + (unit == KB ? " KB" : " MB");
  }
}
