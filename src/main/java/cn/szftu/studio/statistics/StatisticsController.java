package cn.szftu.studio.statistics;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 统计分析: the city's figures for the city office, the leadership and administrators; 403 for everyone else. */
@Controller
class StatisticsController {

  private final StatisticsService statistics;

  StatisticsController(StatisticsService statistics) {
    this.statistics = statistics;
  }

  @GetMapping("/statistics")
  String show(@RequestParam(required = false) String year, Authentication user, Model model) {
    if (!StatisticsAccess.allowed(user)) {
      throw new StatisticsForbiddenException(user.getName());
    }
    model.addAttribute("userId", user.getName());
    model.addAttribute("page", statistics.page(year));
    return "statistics";
  }
}
