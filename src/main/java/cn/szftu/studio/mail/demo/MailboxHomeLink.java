package cn.szftu.studio.mail.demo;

import cn.szftu.studio.web.HomeController;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the start page whether to offer the 演示邮箱 tile (model attribute {@code mailbox}). */
@ControllerAdvice(assignableTypes = HomeController.class)
@Profile("demo")
class MailboxHomeLink {

  private final ObjectProvider<DemoMailServer> server;

  MailboxHomeLink(ObjectProvider<DemoMailServer> server) {
    this.server = server;
  }

  @ModelAttribute("mailbox")
  boolean mailbox() {
    return server.getIfAvailable() != null;
  }
}
