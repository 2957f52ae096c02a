package cn.szftu.studio.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** /engine-rest as a script would use it: HTTP Basic per request, JSON in and out. */
public final class RestClient {

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private final String base;
  private final java.util.function.UnaryOperator<String> passwordOf;

  /** For demo users: the password equals the user id. */
  public RestClient(String baseUrl) {
    this(baseUrl, (java.util.function.UnaryOperator<String>) user -> user);
  }

  /** For users who all share one password, e.g. {@link ThrowawayUsers#PASSWORD}. */
  public RestClient(String baseUrl, String password) {
    this(baseUrl, (java.util.function.UnaryOperator<String>) user -> password == null ? user : password);
  }

  /** For a mix of users, each with the password {@code passwordOf} gives. */
  public RestClient(String baseUrl, java.util.function.UnaryOperator<String> passwordOf) {
    this.base = baseUrl + "/engine-rest";
    this.passwordOf = passwordOf;
  }

  public HttpResponse<String> get(String path, String user) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), user);
  }

  public HttpResponse<String> post(String path, String user, String body) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), user);
  }

  public HttpResponse<String> put(String path, String user, String body) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), user);
  }

  public JsonNode json(HttpResponse<String> response) {
    try {
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String user) {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + passwordOf.apply(user))
        .getBytes(StandardCharsets.UTF_8));
    try {
      return http.send(request.header("Authorization", "Basic " + credentials).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A valid application as the start form would submit it, for the demo applicant1 (南山精工). */
  public static String validApplication() {
    try (var in = RestClient.class.getResourceAsStream("/payload/valid-application.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
