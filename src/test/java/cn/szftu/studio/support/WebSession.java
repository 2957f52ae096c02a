package cn.szftu.studio.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A logged-in browser without a browser: the real server, the real filter chain, a cookie jar, and Spring Security's
 * CSRF token taken from a page like a form would. Redirects are not followed, so tests see them.
 */
public final class WebSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  private WebSession(String baseUrl) {
    this.baseUrl = baseUrl;
    this.http = HttpClient.newBuilder().cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /**
   * A call of the webapps' own API (/camunda/api/...) as Tasklist makes it: JSON, with the webapps' CSRF token from
   * their XSRF-TOKEN cookie in the X-XSRF-TOKEN header.
   */
  public HttpResponse<String> webappCall(String method, String path, String json) {
    get("/camunda/app/tasklist/default/");
    String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(java.net.HttpCookie::getValue).findFirst().orElse("");
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", token).method(method, json == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** A browser that has not logged in, for the public pages. */
  public static WebSession anonymous(String baseUrl) {
    return new WebSession(baseUrl);
  }

  public static WebSession login(String baseUrl, String user, String password) {
    WebSession session = new WebSession(baseUrl);
    String token = csrfIn(session.get("/login").body());
    HttpResponse<String> response = session.send(HttpRequest.newBuilder(session.uri("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user, "password", password, "_csrf", token))))
        .build());
    if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException("login of " + user + " failed: " + response.statusCode());
    }
    return session;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  public HttpResponse<byte[]> getBytes(String path) {
    try {
      return http.send(asBrowser(HttpRequest.newBuilder(uri(path)).GET().build()),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A form POST with the CSRF token of the start page, as any of the application's forms would send it. */
  public HttpResponse<String> post(String path, Map<String, String> fields) {
    Map<String, String> withToken = new java.util.LinkedHashMap<>(fields);
    withToken.put("_csrf", freshToken());
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form(withToken))).build());
  }

  /** The upload form of the detail page: multipart with the file, the description and the CSRF token. */
  public HttpResponse<String> upload(String path, String fileName, String declaredType, byte[] content,
      String description) {
    String boundary = "----studio" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + freshToken() + "\r\n");
    if (description != null) {
      write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n" + description
          + "\r\n");
    }
    write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n");
    body.writeBytes(content);
    write(body, "\r\n--" + boundary + "--\r\n");
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
  }

  /** The page a redirect points to, as the browser would show it next. */
  public HttpResponse<String> follow(HttpResponse<?> redirect) {
    String location = redirect.headers().firstValue("Location")
        .orElseThrow(() -> new IllegalStateException("not a redirect: " + redirect.statusCode()));
    return send(HttpRequest.newBuilder(URI.create(baseUrl).resolve(location)).GET().build());
  }

  private String freshToken() {
    return csrfIn(get("/").body());
  }

  static String csrfIn(String html) {
    Matcher m = CSRF.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token on the page");
    }
    return m.group(1);
  }

  private URI uri(String path) {
    return URI.create(baseUrl + path);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(asBrowser(request), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Browsers ask for HTML, and the error pages answer in HTML only then (JSON otherwise). */
  private static HttpRequest asBrowser(HttpRequest request) {
    return HttpRequest.newBuilder(request, (name, value) -> true)
        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build();
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
