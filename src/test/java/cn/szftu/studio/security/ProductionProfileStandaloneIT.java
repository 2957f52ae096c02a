package cn.szftu.studio.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.szftu.studio.StudioApplication;
import cn.szftu.studio.support.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The plain application (no demo profile) on a fresh PostgreSQL database: no demo user, no default administrator, and
 * no start at all until the environment gives an administrator password that meets the policy.
 */
class ProductionProfileStandaloneIT {

  private final java.util.List<String> databases = new java.util.ArrayList<>();

  /** The JVM-end clean-up of TestDatabase does not get to run at the end of Failsafe's fork; this one always does. */
  @org.junit.jupiter.api.AfterEach
  void dropDatabases() {
    databases.forEach(TestDatabase::drop);
  }

  @Test
  void refusesToStartWithoutAnAdministratorPassword() {
    TestDatabase.Connection db = database();
    assertThatThrownBy(() -> start(db, Map.of("studio.admin.password", "")).close())
        .hasStackTraceContaining("STUDIO_ADMIN_PASSWORD")
        .hasStackTraceContaining("尚无系统管理员账号");
  }

  @Test
  void refusesAShortAdministratorPassword() {
    TestDatabase.Connection db = database();
    assertThatThrownBy(() -> start(db, Map.of("studio.admin.password", "short")).close())
        .hasStackTraceContaining("不符合密码规则");
  }

  @Test
  void firstStartCreatesTheAdministratorAndNoDemoUser() throws Exception {
    TestDatabase.Connection db = database();
    try (ConfigurableApplicationContext app = start(db,
        Map.of("studio.admin.id", "chief", "studio.admin.password", "a long admin passphrase"))) {
      IdentityService identity = app.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().list()).extracting(User::getId).containsExactly("chief");
      assertThat(identity.createUserQuery().memberOfGroup(Groups.ADMIN).count()).isEqualTo(1);
      assertThat(identity.checkPassword("chief", "a long admin passphrase")).isTrue();
      assertThat(app.getEnvironment().getActiveProfiles()).doesNotContain("demo");
      assertSecureCookies(app);
    }
  }

  private TestDatabase.Connection database() {
    String name = freshName();
    databases.add(name);
    return TestDatabase.createDatabase(name);
  }

  /** Outside the demo the cookies carry Secure, so they never travel over plain HTTP (TLS ends before the app). */
  private static void assertSecureCookies(ConfigurableApplicationContext app) throws Exception {
    String port = app.getEnvironment().getProperty("local.server.port");
    HttpResponse<Void> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + "/login")).GET().build(), HttpResponse.BodyHandlers.discarding());
    assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
        .singleElement().satisfies(c -> assertThat(c).contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
    assertThat(app.getEnvironment().getProperty("camunda.bpm.webapp.csrf.enable-secure-cookie", Boolean.class))
        .isTrue();
    assertThat(app.getEnvironment().getProperty("camunda.bpm.webapp.session-cookie.enable-secure-cookie",
        Boolean.class)).isTrue();
  }

  private static String freshName() {
    return "studio_prod_" + Long.toString(System.nanoTime(), 36);
  }

  private static ConfigurableApplicationContext start(TestDatabase.Connection db, Map<String, String> extra) {
    Map<String, Object> properties = new HashMap<>(extra);
    properties.put("spring.datasource.url", db.url());
    properties.put("spring.datasource.username", db.user());
    properties.put("spring.datasource.password", db.password());
    properties.put("server.port", "0");
    properties.put("spring.main.banner-mode", "off");
    // Command-line arguments outrank the environment, so a developer's own STUDIO_ADMIN_PASSWORD cannot leak in.
    String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    return new SpringApplicationBuilder(StudioApplication.class).run(args);
  }
}
