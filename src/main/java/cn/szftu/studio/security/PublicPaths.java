package cn.szftu.studio.security;

import java.util.Arrays;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The only paths anyone may open without logging in. Everything else, including every webapp, REST and actuator
 * path, requires authentication; a test fails when a new endpoint is reachable anonymously without being listed here.
 */
public final class PublicPaths {

  public static final String LOGIN = "/login";

  static final String[] PATTERNS = {
      LOGIN,
      "/locale",
      "/css/**",
      "/js/**",
      "/images/**",
      "/favicon.ico",
      "/error",
      "/actuator/health",
      "/actuator/health/**",
      "/public/**",
  };

  private PublicPaths() {
  }

  public static String[] patterns() {
    return PATTERNS.clone();
  }

  static RequestMatcher[] matchers() {
    return Arrays.stream(PATTERNS).map(AntPathRequestMatcher::antMatcher).toArray(RequestMatcher[]::new);
  }
}
