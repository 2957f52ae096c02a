package cn.szftu.studio.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Switches the webapps between Chinese (the default) and English. The choice lives in a cookie that the webapps'
 * config.js reads, because the webapps otherwise follow the browser's language.
 */
@Controller
public class LocaleController {

  public static final String COOKIE = "studio_locale";

  @GetMapping("/locale")
  void switchLocale(@RequestParam(defaultValue = "zh") String lang,
      @RequestParam(defaultValue = "/") String next, HttpServletResponse response) throws java.io.IOException {
    String locale = "en".equals(lang) ? "en" : "zh";
    // The webapps' own script must read it, so it cannot be HttpOnly; it carries no secret.
    ResponseCookie cookie = ResponseCookie.from(COOKIE, locale).path("/").maxAge(Duration.ofDays(365))
        .sameSite("Lax").build();
    response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    response.sendRedirect(isLocalPath(next) ? next : "/");
  }

  /** Only paths on this site, so the parameter cannot bounce a user to another site. */
  static boolean isLocalPath(String next) {
    return next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") && !next.contains("://");
  }
}
