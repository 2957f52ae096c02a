package cn.szftu.studio.web;

import cn.szftu.studio.security.PublicPaths;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The single Chinese login page for the application, Tasklist, Cockpit, Admin and the REST API's browser users. */
@Controller
public class LoginController {

  @GetMapping(PublicPaths.LOGIN)
  String login() {
    return "login";
  }
}
