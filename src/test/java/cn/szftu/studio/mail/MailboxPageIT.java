package cn.szftu.studio.mail;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.mail.demo.DemoMailServer;
import cn.szftu.studio.support.PostgresIntegrationTest;
import cn.szftu.studio.support.WebSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 演示邮箱: each user reads only the mails sent to them, administrators all; the outbox API is for administrators. */
class MailboxPageIT extends PostgresIntegrationTest {

  static final String PASSWORD = "a-throwaway-passphrase";

  @Autowired
  Notifications notifications;
  @Autowired
  OutboxMailRepository outbox;
  @Autowired
  OutboxSender sender;
  @Autowired
  DemoMailServer server;
  @Autowired
  IdentityService identity;
  @Autowired
  Clock clock;

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void aUserSeesTheirOwnMailsOnlyAndAnAdministratorSeesAll() {
    String huang = MailUsers.user(identity, "mail-huang", "黄", "伟");
    String zhou = MailUsers.user(identity, "mail-zhou", "周", "静");
    String forHuang = MailUsers.unique("for-huang");
    String forZhou = MailUsers.unique("for-zhou");
    notifications.toUsers(List.of(huang), Notification.general(forHuang, "给黄伟的通知", "黄伟的正文 " + forHuang));
    notifications.toUsers(List.of(zhou), Notification.general(forZhou, "给周静的通知", "周静的正文 " + forZhou));
    Mailbox mailbox = new Mailbox(server, sender, outbox, clock);
    mailbox.deliver(forHuang);
    mailbox.deliver(forZhou);

    WebSession asHuang = WebSession.login(baseUrl(), huang, PASSWORD);
    assertThat(asHuang.get("/").body()).contains("href=\"/mailbox\"").contains("演示邮箱");
    HttpResponse<String> own = asHuang.get("/mailbox");
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).contains("给黄伟的通知", "黄伟的正文 " + forHuang, MailUsers.address(huang))
        .doesNotContain(forZhou).doesNotContain(MailUsers.address(zhou)).doesNotContain("nanshan@example.invalid");

    HttpResponse<String> all = WebSession.login(baseUrl(), "demo", "demo").get("/mailbox");
    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(all.body()).contains(forHuang, forZhou, MailUsers.address(zhou));
  }

  @Test
  void theMailboxNeedsALogin() throws Exception {
    HttpResponse<Void> anonymous = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/mailbox")).build(),
        HttpResponse.BodyHandlers.discarding());

    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
  }

  @Test
  void administratorsListFailedMailsAndGiveThemASecondChance() throws Exception {
    String xu = MailUsers.user(identity, "mail-xu", "许", "志强");
    String key = MailUsers.unique("admin-retry");
    notifications.toUsers(List.of(xu), Notification.general(key, "通知", "重新发送的通知"));
    OutboxMail row = outbox.findByDedupKeyOrderByIdAsc(key).get(0);
    row.failed("SMTPAddressFailedException: 550 mailbox unavailable", null);
    outbox.save(row);

    assertThat(call("GET", "/api/admin/mail-outbox", "office").statusCode()).isEqualTo(403);
    assertThat(call("POST", "/api/admin/mail-outbox/" + row.getId() + "/retry", "office").statusCode())
        .isEqualTo(403);
    HttpResponse<String> failed = call("GET", "/api/admin/mail-outbox?status=FAILED", "demo");
    assertThat(failed.statusCode()).isEqualTo(200);
    assertThat(failed.body()).contains("\"id\":" + row.getId(), key, "550 mailbox unavailable")
        .doesNotContain("重新发送的通知");

    HttpResponse<String> retried = call("POST", "/api/admin/mail-outbox/" + row.getId() + "/retry", "demo");
    assertThat(retried.statusCode()).isEqualTo(200);
    assertThat(outbox.findById(row.getId()).orElseThrow().getStatus()).isEqualTo(MailStatus.PENDING);
    new Mailbox(server, sender, outbox, clock).deliver(key);
    assertThat(new Mailbox(server, sender, outbox, clock).to(MailUsers.address(xu))).hasSize(1);
    assertThat(call("POST", "/api/admin/mail-outbox/" + row.getId() + "/retry", "demo").statusCode())
        .as("a sent mail is not sent again").isEqualTo(409);
  }

  private HttpResponse<String> call(String method, String path, String user) throws Exception {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
        .header("Authorization", "Basic " + credentials)
        .method(method, HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
