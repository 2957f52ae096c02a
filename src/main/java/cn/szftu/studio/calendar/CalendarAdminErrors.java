package cn.szftu.studio.calendar;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns refused input on the calendar admin endpoint into 400 responses with a Chinese message. Limited to that
 * controller, and ordered first so an application-wide handler does not answer for it.
 */
@RestControllerAdvice(assignableTypes = CalendarAdminController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CalendarAdminErrors {

  @ExceptionHandler(InvalidOverridesException.class)
  ResponseEntity<ErrorBody> invalidOverrides(InvalidOverridesException e) {
    return ResponseEntity.badRequest().body(new ErrorBody(e.getMessage(), e.getProblems()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ErrorBody> unreadableBody() {
    return ResponseEntity.badRequest().body(new ErrorBody(
        "请求体无法解析：须为 JSON，日期格式为 yyyy-MM-dd，例如 {\"source\": \"…\", \"holidays\": "
            + "[{\"date\": \"2027-01-01\", \"name\": \"元旦\"}], \"workdays\": []}", List.of()));
  }

  @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
  ResponseEntity<ErrorBody> badYear() {
    FieldProblem problem = FieldProblem.of("year", "请提供整数年份，例如 2027");
    return ResponseEntity.badRequest().body(new ErrorBody(problem.message(), List.of(problem)));
  }

  record ErrorBody(String message, List<FieldProblem> errors) {
  }
}
