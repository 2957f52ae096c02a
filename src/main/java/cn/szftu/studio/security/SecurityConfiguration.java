package cn.szftu.studio.security;

import cn.szftu.studio.tasklist.TasklistFilterSynchronizer;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

/**
 * One login for everything: a Chinese form login backed by Camunda's identity service. The webapps and the REST API
 * trust that login (container-based authentication, see {@link CamundaAuthenticationFilters}) and then apply the
 * engine's own authorization checks.
 */
@Configuration
public class SecurityConfiguration {

  static final String WEBAPP_PATHS = "/camunda/**";
  static final String WEBAPP_API_PATHS = "/camunda/api/**";
  static final String WEBAPP_LOGOUT = "/camunda/api/admin/auth/user/*/logout";
  static final String APP_API_PATHS = "/api/**";
  static final String ADMIN_API_PATHS = "/api/admin/**";
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
      + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /**
   * The machine APIs (Camunda's REST API and the administrators' endpoints): HTTP Basic on every request and no
   * session, so no browser cookie can ride along and CSRF tokens are not needed there.
   */
  @Bean
  @Order(1)
  SecurityFilterChain machineApiChain(HttpSecurity http) throws Exception {
    http.securityMatcher(new OrRequestMatcher(antMatcher("/engine-rest/**"), antMatcher(ADMIN_API_PATHS)))
        .authorizeHttpRequests(a -> a
            .requestMatchers(antMatcher(ADMIN_API_PATHS))
            .hasAuthority(CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX + Groups.ADMIN)
            .anyRequest().authenticated())
        .httpBasic(b -> b.realmName("studio"))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable());
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webChain(HttpSecurity http, TasklistFilterSynchronizer filters) throws Exception {
    RequestMatcher apiCalls = new OrRequestMatcher(antMatcher(WEBAPP_API_PATHS), antMatcher(APP_API_PATHS));
    RequestMatcher logout = new OrRequestMatcher(antMatcher(HttpMethod.POST, "/logout"),
        antMatcher(HttpMethod.POST, WEBAPP_LOGOUT));
    http.authorizeHttpRequests(a -> a
            .requestMatchers(PublicPaths.matchers()).permitAll()
            .anyRequest().authenticated())
        .formLogin(f -> f.loginPage(PublicPaths.LOGIN)
            .successHandler(new PersonalFiltersOnLogin(filters))
            .failureUrl(PublicPaths.LOGIN + "?error"))
        .logout(l -> l.logoutRequestMatcher(logout)
            .logoutSuccessHandler((request, response, authentication) -> {
              if (apiCalls.matches(request)) {
                response.setStatus(HttpServletResponse.SC_OK);
              } else {
                response.sendRedirect(request.getContextPath() + PublicPaths.LOGIN + "?logout");
              }
            }))
        // The webapps bring their own CSRF protection (XSRF-TOKEN cookie and header); a second token scheme on the
        // same cookie name would break them. Everything else uses Spring's session-bound token.
        .csrf(c -> c.ignoringRequestMatchers(antMatcher(WEBAPP_PATHS)))
        .exceptionHandling(e -> e
            .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), apiCalls)
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(PublicPaths.LOGIN),
                new NegatedRequestMatcher(apiCalls)))
        .headers(h -> h
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                new NegatedRequestMatcher(antMatcher(WEBAPP_PATHS)),
                new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
            .frameOptions(f -> f.sameOrigin()));
    return http.build();
  }

  /** Users created in Admin after start-up get their personal Tasklist filters at their first login. */
  static final class PersonalFiltersOnLogin extends SavedRequestAwareAuthenticationSuccessHandler {
    private final TasklistFilterSynchronizer filters;

    PersonalFiltersOnLogin(TasklistFilterSynchronizer filters) {
      this.filters = filters;
      setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
        org.springframework.security.core.Authentication authentication) throws java.io.IOException,
        jakarta.servlet.ServletException {
      filters.synchronisePersonal(authentication.getName());
      super.onAuthenticationSuccess(request, response, authentication);
    }
  }
}
