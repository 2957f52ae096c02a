package cn.szftu.studio.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.support.PostgresIntegrationTest;
import cn.szftu.studio.support.ThrowawayUsers;
import cn.szftu.studio.support.WebSession;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The web-facing hardening a penetration test looks at first: session handling around login and logout, cookie flags,
 * security headers, error bodies without internals, uniform login failures, throttling, and no secrets in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class WebHardeningIT extends PostgresIntegrationTest {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
  private static final Pattern SESSION_ID = Pattern.compile("JSESSIONID=([^;]+)");
  /** Traces of internals: Java stack frames, SQL, the JDBC driver, MyBatis, Camunda's table names. */
  private static final List<Pattern> LEAKS = List.of(
      Pattern.compile("at [\\w.$]+\\([\\w$]+\\.java:\\d+\\)"),
      Pattern.compile("(?is)\\bselect\\b.{0,300}\\bfrom\\b"),
      Pattern.compile("(?i)\\b(insert into|update \\w+ set|delete from)\\b"),
      Pattern.compile("(?i)SQLState|org\\.postgresql|PSQLException|org\\.apache\\.ibatis|### Error|JDBC"),
      Pattern.compile("ACT_[A-Z]{2}_"));

  @Autowired
  private IdentityService identityService;

  @Test
  void loginIssuesANewSessionId() {
    Browser browser = new Browser();
    HttpResponse<String> page = browser.get("/login");
    String before = browser.cookie("JSESSIONID").orElseThrow(() -> new AssertionError("no session before login"));
    HttpResponse<String> login = browser.login("office", "office", csrfIn(page.body()));
    assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    String after = browser.cookie("JSESSIONID").orElseThrow();
    assertThat(after).as("session id after login").isNotEqualTo(before);
    assertThat(withSessionId(before).get("/").statusCode()).as("pre-login session id after login")
        .isEqualTo(302);
    assertThat(withSessionId(after).get("/").statusCode()).as("the new session").isEqualTo(200);
  }

  @Test
  void logoutInvalidatesTheSession() {
    Browser browser = new Browser();
    browser.login("office", "office", csrfIn(browser.get("/login").body()));
    String session = browser.cookie("JSESSIONID").orElseThrow();
    assertThat(withSessionId(session).get("/").statusCode()).isEqualTo(200);
    HttpResponse<String> logout = browser.postForm("/logout", "_csrf=" + enc(csrfIn(browser.get("/").body())));
    assertThat(logout.statusCode()).isEqualTo(302);
    HttpResponse<String> replay = withSessionId(session).get("/");
    assertThat(replay.statusCode()).as("old session cookie after logout").isEqualTo(302);
    assertThat(replay.headers().firstValue("Location").orElse("")).endsWith("/login");
  }

  @Test
  void sessionAndCsrfCookiesAreHttpOnlyAndSameSite() {
    Browser browser = new Browser();
    HttpResponse<String> page = browser.get("/login");
    HttpResponse<String> login = browser.login("office", "office", csrfIn(page.body()));
    String sessionCookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
        .findFirst().orElseThrow(() -> new AssertionError("login sets no session cookie"));
    assertThat(sessionCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    // The webapps' XSRF cookie must be readable by their scripts, but not sent along by other sites.
    HttpResponse<String> tasklist = browser.get("/camunda/app/tasklist/default/");
    String xsrf = tasklist.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
        .findFirst().orElseThrow(() -> new AssertionError("Tasklist sets no XSRF cookie"));
    assertThat(xsrf).containsIgnoringCase("SameSite=Lax");
  }

  @Test
  void pagesSendNosniffAndAContentSecurityPolicy() {
    Browser browser = new Browser();
    List<HttpResponse<String>> pages = new ArrayList<>();
    pages.add(browser.get("/login"));
    browser.login("demo", "demo", csrfIn(pages.get(0).body()));
    for (String path : List.of("/", "/applications", "/statistics", "/public/notice", "/public/registry",
        "/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/", "/camunda/app/admin/default/")) {
      pages.add(browser.get(path));
    }
    for (HttpResponse<String> page : pages) {
      String what = page.uri().getPath() + " (" + page.statusCode() + ")";
      assertThat(page.statusCode()).as(what).isEqualTo(200);
      assertThat(page.headers().firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
      String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow(() -> new AssertionError(what));
      assertThat(csp).as(what).contains("default-src 'self'").contains("frame-ancestors 'none'")
          .contains("object-src 'none'");
      // The webapps' AngularJS needs eval and inline styles (Camunda's own default policy); our pages need neither.
      if (!page.uri().getPath().startsWith("/camunda/")) {
        assertThat(csp).as(what).doesNotContain("'unsafe-eval'").doesNotContain("'unsafe-inline'");
      }
    }
  }

  @Test
  void errorBodiesShowNoStackTraceOrSql() {
    Browser browser = new Browser();
    browser.login("demo", "demo", csrfIn(browser.get("/login").body()));
    List<HttpResponse<String>> errors = new ArrayList<>();
    errors.add(browser.get("/no-such-page"));
    errors.add(browser.get("/applications/NO-SUCH-NUMBER"));
    errors.add(browser.get("/public/registry/NO-SUCH-NUMBER"));
    errors.add(browser.send("DELETE", "/", null, null));
    errors.add(browser.send("PUT", "/statistics", null, null));
    errors.add(browser.postForm("/applications/x/withdraw", "_csrf=" + enc(csrfIn(browser.get("/").body()))));
    RawClient admin = new RawClient("demo", "demo");
    errors.add(admin.send("GET", "/api/admin/calendar/overrides?year=abc", null, null));
    errors.add(admin.send("GET", "/api/admin/calendar/overrides", null, null));
    errors.add(admin.send("POST", "/api/admin/mail-outbox/abc/retry", null, null));
    errors.add(admin.send("POST", "/api/admin/mail-outbox/999999999/retry", null, null));
    errors.add(admin.send("POST", "/api/admin/indicator-sets", "text/yaml", "{{{ not: [yaml"));
    errors.add(admin.send("POST", "/api/admin/indicator-sets", "application/json", "{}"));
    errors.add(admin.send("GET", "/engine-rest/task?maxResults=abc", null, null));
    errors.add(admin.send("GET", "/engine-rest/task?firstResult=abc&maxResults=10", null, null));
    errors.add(admin.send("GET", "/engine-rest/task?sortBy=nope&sortOrder=asc", null, null));
    errors.add(admin.send("GET", "/engine-rest/task?processVariables=a_gt_b_c", null, null));
    errors.add(admin.send("GET", "/engine-rest/process-instance/no-such-id", null, null));
    errors.add(admin.send("GET", "/engine-rest/no-such-resource", null, null));
    errors.add(admin.send("DELETE", "/engine-rest/engine", null, null));
    errors.add(admin.send("POST", "/engine-rest/process-definition/key/no-such-key/start", "application/json", "{"));
    errors.add(admin.send("POST", "/engine-rest/task", "application/json", "{\"sorting\":[{\"sortBy\":\"x\"}]}"));
    errors.add(admin.send("POST", "/engine-rest/execution/no-such-id/signal", "application/json", "{}"));
    errors.add(admin.send("POST", "/engine-rest/message", "application/json", "{\"messageName\":\"none\"}"));
    for (HttpResponse<String> error : errors) {
      String what = error.request().method() + " " + error.uri() + " -> " + error.statusCode();
      assertThat(error.statusCode()).as(what).isGreaterThanOrEqualTo(400);
      for (Pattern leak : LEAKS) {
        assertThat(leak.matcher(error.body()).find()).as(what + " leaks " + leak + ": " + error.body()).isFalse();
      }
    }
  }

  @Test
  void anUnexpectedEngineFailureAnswersAnErrorNumberAndLogsTheDetailUnderIt(CapturedOutput output) {
    RawClient admin = new RawClient("demo", "demo");
    String tooLongId = "u".repeat(300);
    // The engine's column holds 64 characters: PostgreSQL refuses the row, and the engine's 500 names the statement.
    HttpResponse<String> failure = admin.send("POST", "/engine-rest/user/create", "application/json",
        "{\"profile\":{\"id\":\"" + tooLongId + "\",\"firstName\":\"测\",\"lastName\":\"试\"},"
            + "\"credentials\":{\"password\":\"a long enough passphrase\"}}");
    assertThat(failure.statusCode()).isEqualTo(500);
    Matcher number = Pattern.compile("错误编号 ([0-9a-f]{8})").matcher(failure.body());
    assertThat(number.find()).as(failure.body()).isTrue();
    for (Pattern leak : LEAKS) {
      assertThat(leak.matcher(failure.body()).find()).as("leaks " + leak + ": " + failure.body()).isFalse();
    }
    assertThat(output.getAll()).as("the administrator finds the detail under the number")
        .containsPattern("Internal error " + number.group(1) + ": POST /engine-rest/user/create answered 500: .+");
    assertThat(identityService.createUserQuery().userId(tooLongId).count()).isZero();
  }

  @Test
  void unknownUserAndWrongPasswordLookTheSame() {
    String user = ThrowawayUsers.create(identityService, "uniform");
    Browser wrong = new Browser();
    HttpResponse<String> wrongPassword = wrong.login(user, "not-the-password", csrfIn(wrong.get("/login").body()));
    Browser unknown = new Browser();
    HttpResponse<String> unknownUser = unknown.login("nobody-" + user, "not-the-password",
        csrfIn(unknown.get("/login").body()));
    assertThat(wrongPassword.statusCode()).isEqualTo(unknownUser.statusCode()).isEqualTo(302);
    assertThat(wrongPassword.headers().firstValue("Location"))
        .isEqualTo(unknownUser.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
            .endsWith("/login?error"));
    assertThat(stripCsrf(wrong.follow(wrongPassword).body())).isEqualTo(stripCsrf(unknown.follow(unknownUser).body()));

    HttpResponse<String> restWrong = new RawClient(user, "not-the-password").send("GET", "/engine-rest/task", null,
        null);
    HttpResponse<String> restUnknown = new RawClient("nobody-" + user, "x").send("GET", "/engine-rest/task", null,
        null);
    assertThat(restWrong.statusCode()).isEqualTo(restUnknown.statusCode()).isEqualTo(401);
    assertThat(withoutTimestamp(restWrong.body())).isEqualTo(withoutTimestamp(restUnknown.body()));
    assertThat(restWrong.headers().firstValue("WWW-Authenticate"))
        .isEqualTo(restUnknown.headers().firstValue("WWW-Authenticate"));
  }

  @Test
  void aFailedLoginDelaysTheNextOneEvenWithTheRightPassword() {
    String user = ThrowawayUsers.create(identityService, "throttle");
    Browser browser = new Browser();
    browser.login(user, "not-the-password", csrfIn(browser.get("/login").body()));
    HttpResponse<String> right = browser.login(user, ThrowawayUsers.PASSWORD, csrfIn(browser.get("/login").body()));
    assertThat(right.headers().firstValue("Location").orElse("")).as("right password during the delay")
        .endsWith("/login?error");
    assertThat(new RawClient(user, ThrowawayUsers.PASSWORD).send("GET", "/engine-rest/task", null, null).statusCode())
        .as("REST during the delay").isEqualTo(401);
  }

  @Test
  void passwordsAndHashesStayOutOfTheLog(CapturedOutput output) {
    String created = "logcheck-" + Long.toString(System.nanoTime(), 36);
    String password = "Log-Check-" + Long.toString(System.nanoTime(), 36) + "-passphrase";
    WebSession admin = WebSession.login(baseUrl(), "demo", "demo");
    HttpResponse<String> create = admin.webappCall("POST", "/camunda/api/engine/engine/default/user/create",
        "{\"profile\":{\"id\":\"" + created + "\",\"firstName\":\"日志\",\"lastName\":\"检查\",\"email\":\"" + created
            + "@example.invalid\"},\"credentials\":{\"password\":\"" + password + "\"}}");
    assertThat(create.statusCode()).as(create.body()).isEqualTo(204);
    Browser browser = new Browser();
    HttpResponse<String> login = browser.login(created, password, csrfIn(browser.get("/login").body()));
    assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    HttpResponse<String> rest = new RawClient(created, password).send("GET", "/engine-rest/task?maxResults=10", null,
        null);
    assertThat(rest.statusCode()).as(rest.body()).isEqualTo(200);
    Browser failing = new Browser();
    failing.login(created, password + "-wrong", csrfIn(failing.get("/login").body()));

    UserEntity stored = (UserEntity) identityService.createUserQuery().userId(created).singleResult();
    String hash = stored.getPassword();
    assertThat(hash).isNotBlank().isNotEqualTo(password);
    String log = output.getAll();
    assertThat(log).as("log during user creation and login").isNotBlank().doesNotContain(password)
        .doesNotContain(hash).doesNotContain(hash.replaceFirst("^\\{[^}]+}", ""));
    if (stored.getSalt() != null) {
      assertThat(log).doesNotContain(stored.getSalt());
    }
  }

  private static String withoutTimestamp(String json) {
    return json.replaceAll("\"timestamp\":\"[^\"]*\"", "");
  }

  private static String stripCsrf(String html) {
    return CSRF.matcher(html).replaceAll("");
  }

  private static String csrfIn(String html) {
    Matcher m = CSRF.matcher(html);
    if (!m.find()) {
      throw new AssertionError("no CSRF token on the page");
    }
    return m.group(1);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A client that knows nothing but a session id, as an attacker who captured the cookie would. */
  private Browser withSessionId(String id) {
    Browser browser = new Browser();
    browser.fixedSession = id;
    return browser;
  }

  private String url(String path) {
    return baseUrl() + path;
  }

  /** A browser with a cookie jar that does not follow redirects. */
  private final class Browser {
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER).build();
    private String fixedSession;


    Optional<String> cookie(String name) {
      return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
          .map(HttpCookie::getValue).findFirst();
    }

    HttpResponse<String> get(String path) {
      return send("GET", path, null, null);
    }

    HttpResponse<String> login(String user, String password, String csrf) {
      return postForm("/login", "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf));
    }

    HttpResponse<String> postForm(String path, String body) {
      return send("POST", path, "application/x-www-form-urlencoded", body);
    }

    HttpResponse<String> follow(HttpResponse<?> redirect) {
      return get(URI.create(redirect.headers().firstValue("Location").orElseThrow()).getRawPath() + "?"
          + Optional.ofNullable(URI.create(redirect.headers().firstValue("Location").orElseThrow()).getRawQuery())
              .orElse(""));
    }

    HttpResponse<String> send(String method, String path, String contentType, String body) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
          .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
      if (contentType != null) {
        request.header("Content-Type", contentType);
      }
      if (fixedSession != null) {
        request.header("Cookie", "JSESSIONID=" + fixedSession);
      }
      return call(http, request.build());
    }
  }

  /** A script with HTTP Basic credentials, no cookies. */
  private final class RawClient {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String authorization;

    RawClient(String user, String password) {
      authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
          .getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(String method, String path, String contentType, String body) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", authorization)
          .header("Accept", "application/json")
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
      if (contentType != null) {
        request.header("Content-Type", contentType);
      }
      return call(http, request.build());
    }
  }

  private static HttpResponse<String> call(HttpClient http, HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
