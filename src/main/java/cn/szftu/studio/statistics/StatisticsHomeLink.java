package cn.szftu.studio.statistics;

import cn.szftu.studio.web.HomeController;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the start page whether to offer the 统计分析 tile (model attribute {@code statistics}). */
@ControllerAdvice(assignableTypes = HomeController.class)
class StatisticsHomeLink {

  @ModelAttribute("statistics")
  boolean statistics(Authentication user) {
    return StatisticsAccess.allowed(user);
  }
}
