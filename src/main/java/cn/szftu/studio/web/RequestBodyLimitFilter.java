package cn.szftu.studio.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tomcat limits only form posts, and multipart uploads have their own limits; any other body (JSON to the REST API,
 * YAML to the indicator-set load) was read whole into memory. This filter refuses a body larger than
 * {@code studio.web.max-body-size} with 413, and a JSON body that is not JSON with 400 — both in Chinese, before
 * anything reads it, so nothing changes. Multipart requests are left to spring.servlet.multipart's limits.
 */
@Configuration
public class RequestBodyLimitFilter {

  static final String TOO_LARGE = "提交的内容过大（超过 %s），未被接收。";
  static final String NOT_JSON = "提交的内容不是有效的 JSON，未被接收：%s";

  /**
   * A declared length over the limit is refused before Spring Security: its CSRF check would otherwise parse a large
   * form post and answer 403 for the token it could not find. Nothing is read, so nothing is learnt by anyone.
   */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> declaredBodyLimit(
      @Value("${studio.web.max-body-size:2MB}") DataSize limit) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(limit, true));
    registration.addUrlPatterns("/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
    // Named apart: two registrations of one filter class would otherwise share a deduced name, and the servlet
    // container keeps only the first.
    registration.setName("declaredBodyLimit");
    return registration;
  }

  /** Bodies are read (and JSON judged) only after Spring Security: an anonymous caller gets 401, not an opinion. */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> requestBodyLimit(
      @Value("${studio.web.max-body-size:2MB}") DataSize limit) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(limit, false));
    registration.addUrlPatterns("/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
    registration.setName("requestBodyLimit");
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {
    private final long limit;
    private final String limitText;
    private final JsonFactory json = new JsonFactory();
    private final boolean declaredOnly;

    Filter(DataSize limit, boolean declaredOnly) {
      this.declaredOnly = declaredOnly;
      this.limit = limit.toBytes();
      this.limitText = limit.toMegabytes() >= 1 ? limit.toMegabytes() + " MB" : limit.toKilobytes() + " KB";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
      if (type.startsWith("multipart/")) {
        chain.doFilter(request, response);
        return;
      }
      if (request.getContentLengthLong() > limit) {
        refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, TOO_LARGE.formatted(limitText));
        return;
      }
      // Tomcat parses form posts itself (bounded by maxPostSize); reading them here would hide their parameters.
      if (declaredOnly || type.startsWith("application/x-www-form-urlencoded") || !hasBody(request)) {
        chain.doFilter(request, response);
        return;
      }
      byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (body.length > limit) {
        refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, TOO_LARGE.formatted(limitText));
        return;
      }
      if (type.contains("json") && body.length > 0) {
        String problem = jsonProblem(body);
        if (problem != null) {
          refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, NOT_JSON.formatted(problem));
          return;
        }
      }
      chain.doFilter(new CachedBody(request, body), response);
    }

    private static boolean hasBody(HttpServletRequest request) {
      return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /** Null for well-formed JSON; otherwise where it breaks, without echoing the body. */
    private String jsonProblem(byte[] body) {
      try (JsonParser parser = json.createParser(body)) {
        if (parser.nextToken() == null) {
          return "内容为空";
        }
        parser.skipChildren();
        if (parser.nextToken() != null) {
          return "第 " + parser.currentLocation().getLineNr() + " 行第 " + parser.currentLocation().getColumnNr()
              + " 列后还有多余内容";
        }
        return null;
      } catch (JsonProcessingException e) {
        return "第 " + e.getLocation().getLineNr() + " 行第 " + e.getLocation().getColumnNr() + " 列附近有误";
      } catch (IOException e) {
        return "无法读取";
      }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message)
        throws IOException {
      response.setStatus(status);
      // The rest of a large body is not read; the connection is closed rather than drained.
      response.setHeader("Connection", "close");
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/") || path.startsWith("/api/")) {
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(("{\"type\":\"" + (status == 413 ? "PayloadTooLarge" : "InvalidRequest")
            + "\",\"message\":" + SubmissionRefusalFilter.Filter.jsonString(message) + "}")
            .getBytes(StandardCharsets.UTF_8));
      } else {
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /** The request with its body already read, so the controller reads the same bytes again. */
  private static final class CachedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      InputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() throws IOException {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          try {
            return in.available() == 0;
          } catch (IOException e) {
            return true;
          }
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
          java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
