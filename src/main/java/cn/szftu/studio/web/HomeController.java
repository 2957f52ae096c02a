package cn.szftu.studio.web;

import cn.szftu.studio.security.CamundaIdentityAuthenticationProvider;
import cn.szftu.studio.security.Groups;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after login: where to go for each role. */
@Controller
public class HomeController {

  @GetMapping("/")
  String home(Authentication authentication, Model model) {
    model.addAttribute("userId", authentication.getName());
    model.addAttribute("cockpit", hasGroup(authentication, Groups.ADMIN) || hasGroup(authentication, Groups.CITY_OFFICE));
    model.addAttribute("admin", hasGroup(authentication, Groups.ADMIN));
    return "index";
  }

  private static boolean hasGroup(Authentication authentication, String group) {
    String authority = CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX + group;
    return authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
  }
}
