package cn.szftu.studio.statistics;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A logged-in user outside the city office, the leadership and the administrators: 403, the Chinese error page. */
@ResponseStatus(HttpStatus.FORBIDDEN)
class StatisticsForbiddenException extends RuntimeException {

  StatisticsForbiddenException(String userId) {
    super("用户 " + userId + " 无权查看统计分析");
  }
}
