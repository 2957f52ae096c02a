package cn.szftu.studio.mail.demo;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's mail server: GreenMail listening for SMTP on 127.0.0.1 only (a free port unless configured), so demo
 * mails really travel over SMTP and can be read on /mailbox. Mails live in memory and are gone after a restart. It
 * can be stopped and started again on the same port, which is how the tests play a mail server outage.
 */
public class DemoMailServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DemoMailServer.class);
  static final String BIND_ADDRESS = "127.0.0.1";

  private final List<MimeMessage> earlier = new ArrayList<>();
  private GreenMail greenMail;
  private int port;

  public DemoMailServer(int configuredPort) {
    this.port = configuredPort;
    start();
  }

  public synchronized void start() {
    if (greenMail != null) {
      return;
    }
    ServerSetup setup = new ServerSetup(port, BIND_ADDRESS, ServerSetup.PROTOCOL_SMTP);
    GreenMail server = new GreenMail(port == 0 ? setup.dynamicPort() : setup)
        .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    server.start();
    port = server.getSmtp().getPort();
    greenMail = server;
    log.info("Demo mail server (GreenMail) listening for SMTP on {}:{}; mails are shown on /mailbox", BIND_ADDRESS,
        port);
  }

  /** Stops accepting mail; the mails received so far are kept. */
  public synchronized void stop() {
    if (greenMail == null) {
      return;
    }
    earlier.addAll(List.of(greenMail.getReceivedMessages()));
    greenMail.stop();
    greenMail = null;
    log.info("Demo mail server stopped");
  }

  public synchronized boolean running() {
    return greenMail != null;
  }

  public synchronized int port() {
    return port;
  }

  /** Every mail received since the application started, oldest first. */
  public synchronized List<MimeMessage> received() {
    List<MimeMessage> all = new ArrayList<>(earlier);
    if (greenMail != null) {
      all.addAll(List.of(greenMail.getReceivedMessages()));
    }
    return all;
  }

  @Override
  public void close() {
    stop();
  }
}
