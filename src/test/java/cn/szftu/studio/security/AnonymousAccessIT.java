package cn.szftu.studio.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.support.PostgresIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Deny by default: every MVC mapping of the application, plus the webapp, REST and actuator paths, answers an anonymous
 * caller with 401 or a redirect to the login page, unless it is on the public allow-list. A new endpoint that is
 * reachable anonymously fails this test until it is protected or deliberately listed in {@link PublicPaths}.
 */
class AnonymousAccessIT extends PostgresIntegrationTest {

  private static final List<String> KNOWN_PUBLIC = List.of("/login", "/locale", "/css/**", "/js/**", "/images/**",
      "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**", "/public/**");

  private static final List<String> CONTAINER_PATHS = List.of(
      "GET /", "GET /camunda/app/tasklist/default/", "GET /camunda/app/cockpit/default/",
      "GET /camunda/app/admin/default/", "GET /camunda/app/welcome/default/",
      "GET /camunda/app/tasklist/locales/zh.json", "GET /camunda/api/admin/auth/user/default",
      "GET /camunda/api/engine/engine/default/task", "GET /camunda/api/engine/engine/default/filter",
      "POST /camunda/api/admin/setup/default/user/create", "GET /camunda/api/cockpit/plugin/base/default/process-definition/statistics",
      "GET /engine-rest/engine", "GET /engine-rest/task", "GET /engine-rest/process-definition",
      "GET /engine-rest/user", "POST /engine-rest/deployment/create", "POST /engine-rest/message",
      "GET /actuator", "GET /actuator/env", "GET /actuator/heapdump", "GET /actuator/loggers",
      "GET /actuator/beans", "GET /actuator/mappings");

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  private RequestMappingHandlerMapping mappings;

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final AntPathMatcher matcher = new AntPathMatcher();

  @Test
  void publicAllowListIsExactlyTheKnownOne() {
    assertThat(PublicPaths.patterns()).containsExactlyInAnyOrderElementsOf(KNOWN_PUBLIC);
  }

  @Test
  void everyNonPublicPathRefusesAnonymousCallers() throws Exception {
    Set<String> calls = new LinkedHashSet<>(CONTAINER_PATHS);
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (String pattern : info.getPatternValues()) {
        String path = pattern.replaceAll("\\{[^}]+}", "x").replace("/**", "/x");
        if (methods.isEmpty()) {
          calls.add("GET " + path);
          calls.add("POST " + path);
        } else {
          methods.forEach(m -> calls.add(m.name() + " " + path));
        }
      }
    }
    List<String> open = new ArrayList<>();
    int checked = 0;
    for (String call : calls) {
      String method = call.substring(0, call.indexOf(' '));
      String path = call.substring(call.indexOf(' ') + 1);
      if (isPublic(path)) {
        continue;
      }
      HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
          .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
      checked++;
      boolean toLogin = response.statusCode() == 302
          && response.headers().firstValue("Location").orElse("").endsWith("/login");
      // 403 is what CSRF protection answers to an anonymous POST without a token: refused all the same.
      boolean refused = response.statusCode() == 401 || toLogin || (response.statusCode() == 403 && !"GET".equals(method));
      if (!refused) {
        open.add(call + " -> " + response.statusCode());
      }
    }
    assertThat(open).as("paths reachable without login").isEmpty();
    assertThat(checked).as("paths checked").isGreaterThanOrEqualTo(CONTAINER_PATHS.size());
  }

  @Test
  void publicPathsReallyAreOpen() throws Exception {
    for (String path : List.of("/login", "/actuator/health", "/css/studio.css")) {
      HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      assertThat(response.statusCode()).as(path).isEqualTo(200);
    }
  }

  private boolean isPublic(String path) {
    return KNOWN_PUBLIC.stream().anyMatch(p -> matcher.match(p, path));
  }
}
