package cn.szftu.studio.mail.demo;

import cn.szftu.studio.DisplayDates;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A mail as the demo mailbox shows it, decoded from what the SMTP server received. */
public record ReceivedMail(Instant sentAt, String from, List<String> to, String subject, String text) {

  public String sentAtText() {
    return DisplayDates.dateTime(sentAt);
  }

  public String toText() {
    return String.join("，", to);
  }

  static ReceivedMail of(MimeMessage message) {
    try {
      Object content = message.getContent();
      return new ReceivedMail(message.getSentDate() == null ? null : message.getSentDate().toInstant(),
          addresses(message.getFrom()).stream().findFirst().orElse(""), addresses(message.getAllRecipients()),
          message.getSubject(), content instanceof String text ? text : "（非纯文本邮件）");
    } catch (MessagingException | IOException e) {
      return new ReceivedMail(null, "", List.of(), "（无法读取的邮件）", e.getClass().getSimpleName());
    }
  }

  private static List<String> addresses(Address[] addresses) {
    return addresses == null ? List.of() : Arrays.stream(addresses)
        .map(a -> a instanceof InternetAddress internet ? internet.getAddress() : a.toString()).toList();
  }
}
