package cn.szftu.studio.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * When two people act on the same task at once, the one who loses gets the engine's internals ("ENGINE-03005
 * Execution of 'UPDATE TaskEntity[…]' failed…", "Cannot find task with id …: task is null") as a 500. This filter
 * answers them with what happened, in Chinese: 409 when someone else got there first, 404 when the task is gone.
 */
@Configuration
public class ConcurrentChangeFilter {

  /** Body fragments of the engine's answers to a lost race, and what the user is told instead. */
  static final List<Answer> ANSWERS = List.of(
      new Answer("ENGINE-03005", HttpServletResponse.SC_CONFLICT, "ConcurrentChange",
          "该事项刚被他人同时处理，您的操作未生效，请刷新后查看最新状态。"),
      new Answer("TaskAlreadyClaimedException", HttpServletResponse.SC_CONFLICT, "TaskAlreadyClaimed",
          "该任务已被他人认领，您的认领未生效，请刷新任务列表。"),
      new Answer("Cannot find task with id", HttpServletResponse.SC_NOT_FOUND, "TaskNotFound",
          "该任务已办理完成或不存在，您的操作未生效，请刷新任务列表。"));

  record Answer(String marker, int status, String type, String message) {
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> concurrentChanges() {
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
      if (wrapper.getStatus() >= 500) {
        String body = new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8);
        for (Answer answer : ANSWERS) {
          if (body.contains(answer.marker())) {
            wrapper.resetBuffer();
            wrapper.setStatus(answer.status());
            wrapper.setContentType("application/json;charset=UTF-8");
            wrapper.getOutputStream().write(("{\"type\":\"" + answer.type() + "\",\"message\":\"" + answer.message()
                + "\",\"code\":0}").getBytes(StandardCharsets.UTF_8));
            break;
          }
        }
      }
      wrapper.copyBodyToResponse();
    }
  }
}
