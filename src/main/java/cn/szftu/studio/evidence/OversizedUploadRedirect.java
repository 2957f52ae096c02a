package cn.szftu.studio.evidence;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * An upload larger than the file limit never reaches the controller: Tomcat refuses the file part (Spring's multipart
 * limit) and the request ends on the generic "提交的内容过大" (413) error page, away from the form and without naming
 * the limit. This filter runs before Spring Security, recognises such uploads by their Content-Length and sends
 * the user back to the application's page with the limit named. Nothing is read, stored or confirmed: an anonymous
 * caller (no session) passes through to the login redirect as before, and a body without Content-Length still gets
 * the 413 page.
 */
@Configuration
class OversizedUploadRedirect {

  /**
   * Room for the rest of the form around a file exactly at the limit: token, description (≤ 200 characters), part
   * headers with the file name and boundaries come to 1–2 KB. Kept small, because a file that passes here but is over
   * the limit still meets the 413 page described above.
   */
  static final long FORM_OVERHEAD = 8 * 1024;
  private static final Pattern UPLOAD_PATH = Pattern.compile("/applications/([A-Za-z0-9-]{1,20})/evidence");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> oversizedUploadFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
    registration.addUrlPatterns("/applications/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Matcher path = UPLOAD_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
      if (!"POST".equals(request.getMethod()) || !path.matches() || request.getSession(false) == null
          || request.getContentLengthLong() <= EvidenceLimits.MAX_FILE_BYTES + FORM_OVERHEAD) {
        chain.doFilter(request, response);
        return;
      }
      String page = request.getContextPath() + "/applications/" + path.group(1);
      FlashMap flash = new FlashMap();
      flash.put("problems", List.of(EvidenceLimits.fileProblem("所选文件超过单个文件 "
          + FileSizes.text(EvidenceLimits.MAX_FILE_BYTES) + " 的上限，请压缩或拆分后再上传").toString()));
      flash.setTargetRequestPath(page);
      new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
      response.sendRedirect(page);
    }
  }
}
