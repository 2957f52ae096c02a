package cn.szftu.studio.status;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 我的申报: the applications of the user's own units (and, for reviewers, those they review). */
@Controller
class MyApplicationsController {

  private final ApplicationOverview overview;

  MyApplicationsController(ApplicationOverview overview) {
    this.overview = overview;
  }

  @GetMapping("/applications")
  String list(Authentication user, Model model) {
    model.addAttribute("userId", user.getName());
    model.addAttribute("page", overview.of(user.getName()));
    return "applications";
  }
}
