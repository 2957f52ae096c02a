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
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.camunda.bpm.admin.impl.web.AdminApplication;
import org.camunda.bpm.cockpit.impl.web.CockpitApplication;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.tasklist.impl.web.TasklistApplication;
import org.camunda.bpm.welcome.impl.web.WelcomeApplication;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * Deny by default: every MVC mapping of the application, plus the webapp, REST and actuator paths, answers an anonymous
 * caller with 401 or a redirect to the login page, unless it is on the public allow-list. A new endpoint that is
 * reachable anonymously fails this test until it is protected or deliberately listed in {@link PublicPaths}.
 */
class AnonymousAccessIT extends PostgresIntegrationTest {

  private static final List<String> KNOWN_PUBLIC = List.of("/login", "/locale", "/css/**", "/js/**", "/images/**",
      "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**", "/public/**");

  /**
   * Calls that may answer an anonymous caller although their path is not public: logging out without a session changes
   * nothing (Spring's LogoutFilter answers it before any authorization).
   */
  private static final List<String> HARMLESS_ANONYMOUS = List.of("POST /camunda/api/admin/auth/user/*/logout");

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

  /** Where the Camunda starters mount their JAX-RS applications (CamundaBpmWebappInitializer, JerseyApplicationPath). */
  private static final Map<String, Class<?>> JAX_RS_APPLICATIONS = Map.of(
      "/camunda/api/admin", AdminApplication.class,
      "/camunda/api/cockpit", CockpitApplication.class,
      "/camunda/api/tasklist", TasklistApplication.class,
      "/camunda/api/welcome", WelcomeApplication.class);

  @Autowired
  private ApplicationContext context;

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final AntPathMatcher matcher = new AntPathMatcher();

  @Test
  void publicAllowListIsExactlyTheKnownOne() {
    assertThat(PublicPaths.patterns()).containsExactlyInAnyOrderElementsOf(KNOWN_PUBLIC);
  }

  @Test
  void everyNonPublicPathRefusesAnonymousCallers() throws Exception {
    Set<String> calls = new LinkedHashSet<>(CONTAINER_PATHS);
    calls.addAll(springMappings());
    int spring = calls.size() - CONTAINER_PATHS.size();
    Set<String> jaxRs = new LinkedHashSet<>();
    for (Class<?> resource : CamundaRestResources.getResourceClasses()) {
      JaxRsEndpoints.collect(resource, "/engine-rest", jaxRs);
    }
    int engineRest = jaxRs.size();
    for (Map.Entry<String, Class<?>> application : JAX_RS_APPLICATIONS.entrySet()) {
      Application app = (Application) application.getValue().getDeclaredConstructor().newInstance();
      for (Class<?> resource : app.getClasses()) {
        JaxRsEndpoints.collect(resource, application.getKey(), jaxRs);
      }
    }
    // The webapps' engine API is the engine REST API again under another root.
    for (Class<?> resource : CamundaRestResources.getResourceClasses()) {
      JaxRsEndpoints.collect(resource, "/camunda/api/engine", jaxRs);
    }
    calls.addAll(jaxRs.stream().map(c -> c.replaceAll("\\{[^}]+}", "x")).toList());
    // Guards against an enumeration that silently finds nothing (a renamed bean, an API change).
    assertThat(spring).as("Spring MVC mappings found").isGreaterThanOrEqualTo(20);
    assertThat(engineRest).as("engine REST endpoints found").isGreaterThanOrEqualTo(300);
    assertThat(jaxRs.size() - 2 * engineRest).as("webapp API endpoints found").isGreaterThanOrEqualTo(20);
    List<String> open = new ArrayList<>();
    int checked = 0;
    for (String call : calls) {
      String method = call.substring(0, call.indexOf(' '));
      String path = call.substring(call.indexOf(' ') + 1);
      if (isPublic(path) || HARMLESS_ANONYMOUS.stream().anyMatch(h -> matcher.match(h, call))) {
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
    System.out.printf("AnonymousAccessIT: %d calls enumerated (%d Spring MVC, %d JAX-RS), %d swept anonymously%n",
        calls.size(), spring, jaxRs.size(), checked);
    assertThat(open).as("paths reachable without login").isEmpty();
    assertThat(checked).as("paths checked").isGreaterThanOrEqualTo(700);
  }

  /** Every handler mapping of the DispatcherServlet: annotated controllers, actuator endpoints, URL-mapped handlers. */
  private Set<String> springMappings() {
    Set<String> calls = new LinkedHashSet<>();
    for (HandlerMapping mapping : context.getBeansOfType(HandlerMapping.class).values()) {
      if (mapping instanceof RequestMappingInfoHandlerMapping infos) {
        for (RequestMappingInfo info : infos.getHandlerMethods().keySet()) {
          Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
          for (String pattern : info.getPatternValues()) {
            String path = concrete(pattern);
            if (methods.isEmpty()) {
              calls.add("GET " + path);
              calls.add("POST " + path);
            } else {
              methods.forEach(m -> calls.add(m.name() + " " + path));
            }
          }
        }
      } else if (mapping instanceof AbstractUrlHandlerMapping urls) {
        urls.getHandlerMap().keySet().forEach(pattern -> calls.add("GET " + concrete(pattern)));
      }
    }
    return calls;
  }

  private static String concrete(String pattern) {
    return pattern.replaceAll("\\{[^}]+}", "x").replace("/**", "/x").replace("*", "x");
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
