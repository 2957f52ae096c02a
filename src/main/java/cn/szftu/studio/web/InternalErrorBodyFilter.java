package cn.szftu.studio.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda's REST layers answer an unexpected engine failure with 500 and the exception's class and message, which can
 * carry SQL, table names and other cases' data (a duplicate key names the key). Whatever the inner filters did not
 * already turn into a precise answer (a refused form 400, a lost race 409/404, a database outage 503) leaves as a
 * Chinese sentence with an error number; the original answer goes to the log under that number for the
 * administrator. Outermost, so it sees the final status of those filters.
 */
@Configuration
public class InternalErrorBodyFilter {

  private static final Logger log = LoggerFactory.getLogger(InternalErrorBodyFilter.class);
  private static final int LOGGED_BODY_CHARS = 4000;
  private static final SecureRandom RANDOM = new SecureRandom();

  static final String MESSAGE = "系统内部错误，您的操作未生效。请稍后重试；如仍不成功，请联系管理员并告知错误编号 %s。";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> internalErrorBodies() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, wrapper);
      if (wrapper.getStatus() >= 500 && wrapper.getStatus() != HttpServletResponse.SC_SERVICE_UNAVAILABLE
          && !response.isCommitted()) {
        String errorNumber = HexFormat.of().formatHex(randomBytes());
        String original = new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8);
        log.error("Internal error {}: {} {} answered {}: {}", errorNumber, request.getMethod(),
            request.getRequestURI(), wrapper.getStatus(),
            original.length() > LOGGED_BODY_CHARS ? original.substring(0, LOGGED_BODY_CHARS) + "…" : original);
        wrapper.resetBuffer();
        wrapper.setContentType("application/json;charset=UTF-8");
        wrapper.getOutputStream().write(("{\"type\":\"InternalError\",\"message\":\"" + MESSAGE.formatted(errorNumber)
            + "\",\"code\":0}").getBytes(StandardCharsets.UTF_8));
      }
      wrapper.copyBodyToResponse();
    }

    private static byte[] randomBytes() {
      byte[] bytes = new byte[4];
      RANDOM.nextBytes(bytes);
      return bytes;
    }
  }
}
