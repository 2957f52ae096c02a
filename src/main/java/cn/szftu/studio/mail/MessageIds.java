package cn.szftu.studio.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Message-ID of an outbox row: the same for every attempt to send it, so if a mail does go out twice (the server
 * accepted it but the outbox could not record that), the receiving side can tell it is the same mail. The hash of key
 * and recipient keeps ids of different mails apart even when row ids start again in another database.
 */
public final class MessageIds {

  private MessageIds() {
  }

  public static String of(long rowId, String dedupKey, String recipientUserId, String fromAddress) {
    return "<studio-mail." + rowId + "." + hash(dedupKey + "\n" + recipientUserId) + "@" + domain(fromAddress) + ">";
  }

  static String domain(String fromAddress) {
    int at = fromAddress.lastIndexOf('@');
    String domain = at < 0 ? "" : fromAddress.substring(at + 1).strip().replaceAll("[^A-Za-z0-9.-]", "");
    return domain.isEmpty() ? "studio.invalid" : domain;
  }

  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
