package cn.szftu.studio.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine wraps an exception thrown by a task listener in two more ("Cannot submit task form …: ENGINE-03051 …")
 * and answers 500. For a refused form submission that hides the one sentence the user needs, so this filter turns any
 * engine answer that carries a refusal into 400 with just that sentence — in Tasklist and in the REST API alike.
 */
@Configuration
public class SubmissionRefusalFilter {

  /** The prefix every refusal starts with (see InvalidSubmissionException). */
  static final String MARKER = "提交未成功";
  private static final Pattern REFUSAL = Pattern.compile(MARKER + "[^'\"]*");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> submissionRefusals() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if ("GET".equals(request.getMethod())) {
        chain.doFilter(request, response);
        return;
      }
      ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, wrapper);
      if (wrapper.getStatus() >= 400) {
        String body = new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8);
        Matcher refusal = REFUSAL.matcher(body);
        if (refusal.find()) {
          wrapper.resetBuffer();
          wrapper.setStatus(HttpServletResponse.SC_BAD_REQUEST);
          wrapper.setContentType("application/json;charset=UTF-8");
          wrapper.getOutputStream().write(("{\"type\":\"InvalidSubmission\",\"message\":" + jsonString(refusal.group())
              + ",\"code\":0}").getBytes(StandardCharsets.UTF_8));
        }
      }
      wrapper.copyBodyToResponse();
    }

    static String jsonString(String text) {
      StringBuilder out = new StringBuilder("\"");
      for (char c : text.toCharArray()) {
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
      }
      return out.append('"').toString();
    }
  }
}
