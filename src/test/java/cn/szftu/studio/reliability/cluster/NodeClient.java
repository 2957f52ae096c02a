package cn.szftu.studio.reliability.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * /engine-rest of one node as a script or a load balancer's client uses it: HTTP Basic on every request, no session,
 * so any node answers any request.
 */
public final class NodeClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String name;
  private final String base;

  public NodeClient(String name, String baseUrl) {
    this.name = name;
    this.base = baseUrl + "/engine-rest";
  }

  public String name() {
    return name;
  }

  public HttpResponse<String> get(String path, Credentials user) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), user);
  }

  public HttpResponse<String> post(String path, Credentials user, String json) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), user);
  }

  public HttpResponse<String> put(String path, Credentials user) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).PUT(HttpRequest.BodyPublishers.noBody()), user);
  }

  /** A deployment of one resource, as Camunda Modeler sends it. */
  public HttpResponse<String> deploy(Credentials user, String deploymentName, String resourceName, String content) {
    String boundary = "cluster-" + System.nanoTime();
    String body = part(boundary, "deployment-name", null, deploymentName)
        + part(boundary, "enable-duplicate-filtering", null, "true")
        + part(boundary, "data", resourceName, content)
        + "--" + boundary + "--\r\n";
    return send(HttpRequest.newBuilder(URI.create(base + "/deployment/create"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), user);
  }

  public static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String part(String boundary, String name, String fileName, String value) {
    String disposition = "form-data; name=\"" + name + "\"" + (fileName == null ? "" : "; filename=\"" + fileName + "\"");
    return "--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\n"
        + (fileName == null ? "" : "Content-Type: application/octet-stream\r\n") + "\r\n" + value + "\r\n";
  }

  private HttpResponse<String> send(HttpRequest.Builder request, Credentials user) {
    String credentials = Base64.getEncoder()
        .encodeToString((user.id() + ":" + user.password()).getBytes(StandardCharsets.UTF_8));
    try {
      return http.send(request.header("Authorization", "Basic " + credentials).timeout(Duration.ofSeconds(60))
          .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public record Credentials(String id, String password) {
    /** The demo convention: the password is the user id. */
    public static Credentials demo(String id) {
      return new Credentials(id, id);
    }
  }
}
