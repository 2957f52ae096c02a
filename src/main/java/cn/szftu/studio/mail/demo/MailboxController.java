package cn.szftu.studio.mail.demo;

import cn.szftu.studio.mail.MailRecipient;
import cn.szftu.studio.mail.MailRecipients;
import cn.szftu.studio.security.CamundaIdentityAuthenticationProvider;
import cn.szftu.studio.security.Groups;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * 演示邮箱 (demo profile with the embedded mail server only): the mails the SMTP server received for the logged-in
 * user's address; administrators see every mail. Nobody else's address or mail is shown to a user.
 */
@Controller
@Profile("demo")
class MailboxController {

  static final int SHOWN = 200;

  private final ObjectProvider<DemoMailServer> server;
  private final MailRecipients recipients;

  MailboxController(ObjectProvider<DemoMailServer> server, MailRecipients recipients) {
    this.server = server;
    this.recipients = recipients;
  }

  @GetMapping("/mailbox")
  String mailbox(Authentication user, Model model) {
    DemoMailServer mailServer = server.getIfAvailable();
    if (mailServer == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    boolean admin = isAdmin(user);
    String address = recipients.users(List.of(user.getName())).stream().map(MailRecipient::address).findFirst()
        .orElse(null);
    // Newest arrival first: the server keeps arrival order, while a mail's date is whenever its sender says it is.
    List<ReceivedMail> arrived = new ArrayList<>(mailServer.received().stream().map(ReceivedMail::of)
        .filter(mail -> admin || (address != null && mail.to().stream().anyMatch(to -> sameAddress(to, address))))
        .toList());
    Collections.reverse(arrived);
    List<ReceivedMail> mails = arrived.stream().limit(SHOWN).toList();
    model.addAttribute("userId", user.getName());
    model.addAttribute("address", address);
    model.addAttribute("admin", admin);
    model.addAttribute("mails", mails);
    return "mailbox";
  }

  private static boolean sameAddress(String a, String b) {
    return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
  }

  static boolean isAdmin(Authentication user) {
    String authority = CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX + Groups.ADMIN;
    return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
  }
}
