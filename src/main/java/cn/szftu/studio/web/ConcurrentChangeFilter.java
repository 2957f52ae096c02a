package cn.szftu.studio.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * When two people act on the same task at once, the one who loses gets the engine's internals ("ENGINE-03005
 * Execution of 'UPDATE TaskEntity[…]' failed…", "Cannot find task with id …: task is null") as a 500. This filter
 * answers them with what happened, in Chinese: 409 when someone else got there first, 404 when the task is gone —
 * also when the loser's authorization check already missed the finished task's candidate links and said 403.
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

  static final Answer TASK_GONE = ANSWERS.get(2);
  /** Task actions whose 403 may only mean that the task has just been completed by someone else. */
  private static final Pattern TASK_ACTION = Pattern.compile(
      ".*/task/([^/]+)/(submit-form|complete|claim|unclaim|resolve)$");

  record Answer(String marker, int status, String type, String message) {
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> concurrentChanges(TaskService tasks) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(tasks));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {
    private final TaskService tasks;

    Filter(TaskService tasks) {
      this.tasks = tasks;
    }

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
            answer(wrapper, answer);
            break;
          }
        }
      } else if (wrapper.getStatus() == HttpServletResponse.SC_FORBIDDEN && taskGone(request)) {
        answer(wrapper, TASK_GONE);
      }
      wrapper.copyBodyToResponse();
    }

    /** Asked without an authenticated user, so it tells whether the task exists, not whether the caller may see it. */
    private boolean taskGone(HttpServletRequest request) {
      Matcher action = TASK_ACTION.matcher(request.getRequestURI());
      return action.matches() && tasks.createTaskQuery().taskId(action.group(1)).count() == 0;
    }

    private static void answer(ContentCachingResponseWrapper wrapper, Answer answer) throws IOException {
      wrapper.resetBuffer();
      wrapper.setStatus(answer.status());
      wrapper.setContentType("application/json;charset=UTF-8");
      wrapper.getOutputStream().write(("{\"type\":\"" + answer.type() + "\",\"message\":\"" + answer.message()
          + "\",\"code\":0}").getBytes(StandardCharsets.UTF_8));
    }
  }
}
