package cn.szftu.studio.indicator;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals on the indicator-set admin endpoint as {message, problems} in Chinese. */
@RestControllerAdvice(assignableTypes = IndicatorSetAdminController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IndicatorSetAdminErrors {

  @ExceptionHandler(InvalidIndicatorSetException.class)
  ResponseEntity<ErrorBody> invalid(InvalidIndicatorSetException e) {
    return ResponseEntity.badRequest().body(new ErrorBody(e.summary(), e.problems()));
  }

  @ExceptionHandler(IndicatorSetConflictException.class)
  ResponseEntity<ErrorBody> conflict(IndicatorSetConflictException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(new ErrorBody(e.getMessage(), List.of(e.getMessage())));
  }

  @ExceptionHandler(IndicatorSetNotFoundException.class)
  ResponseEntity<ErrorBody> notFound(IndicatorSetNotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ErrorBody(e.getMessage(), List.of()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ErrorBody> unreadable() {
    String message = "请求体为空或无法读取：请以 text/yaml 或 application/json 上传指标体系文件";
    return ResponseEntity.badRequest().body(new ErrorBody(message, List.of(message)));
  }

  record ErrorBody(String message, List<String> problems) {
  }
}
