package cn.szftu.studio.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * While the database cannot be reached, every request that needs it answers 503 with a Chinese sentence and a
 * Retry-After, never a stack trace, SQL or class names: app pages, the app's API, Camunda's REST API and the webapps'
 * API, and the login (which asks Camunda's identity service). Outermost filter, so failures thrown by Spring Security
 * and Camunda's authentication filters are caught too. The JSON APIs are buffered because Camunda's REST layer turns
 * exceptions into 500 bodies itself; their text tells a connection failure apart, otherwise a probe of the pool does.
 * Other failures pass through unchanged.
 */
@Configuration
public class DatabaseUnavailableFilter {

  private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

  static final String MESSAGE = "系统数据库暂时无法连接，请稍后重试。您刚才的操作未生效。";
  static final String RETRY_AFTER_SECONDS = "30";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> databaseUnavailable(DatabaseProbe probe) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(probe));
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {
    private final DatabaseProbe probe;

    Filter(DatabaseProbe probe) {
      this.probe = probe;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (path.startsWith("/actuator/")) {
        chain.doFilter(request, response);
        return;
      }
      boolean json = jsonApi(path);
      ContentCachingResponseWrapper buffered = json ? new ContentCachingResponseWrapper(response) : null;
      try {
        chain.doFilter(request, buffered == null ? response : buffered);
      } catch (IOException | ServletException | RuntimeException e) {
        if (!response.isCommitted() && (ConnectionFailures.isConnectionFailure(e) || !probe.reachable())) {
          log.warn("Database unreachable: {} {} answered 503 ({})", request.getMethod(), path, rootMessage(e));
          answer(response, json || wantsJson(request));
          return;
        }
        throw e;
      }
      if (buffered != null) {
        if (buffered.getStatus() >= 500 && !response.isCommitted() && (ConnectionFailures.mentionsConnectionFailure(
            new String(buffered.getContentAsByteArray(), StandardCharsets.UTF_8)) || !probe.reachable())) {
          log.warn("Database unreachable: {} {} answered 503 instead of {}", request.getMethod(), path,
              buffered.getStatus());
          buffered.resetBuffer();
          answer(buffered, true);
        }
        buffered.copyBodyToResponse();
      }
    }

    private static boolean jsonApi(String path) {
      return path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/") || path.startsWith("/api/");
    }

    private static boolean wantsJson(HttpServletRequest request) {
      String accept = request.getHeader("Accept");
      return accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    private static void answer(HttpServletResponse response, boolean json) throws IOException {
      response.resetBuffer();
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
      response.setHeader("Cache-Control", "no-store");
      byte[] body;
      if (json) {
        response.setContentType("application/json;charset=UTF-8");
        body = ("{\"type\":\"DatabaseUnavailable\",\"message\":\"" + MESSAGE + "\",\"code\":0}")
            .getBytes(StandardCharsets.UTF_8);
      } else {
        response.setContentType("text/html;charset=UTF-8");
        body = ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>暂时无法服务</title></head>"
            + "<body><h1>暂时无法服务</h1><p>" + MESSAGE + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
      }
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }

    private static String rootMessage(Throwable error) {
      Throwable root = error;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
  }
}
