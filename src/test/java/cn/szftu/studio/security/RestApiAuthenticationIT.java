package cn.szftu.studio.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import cn.szftu.studio.support.ThrowawayUsers;

/** /engine-rest requires HTTP Basic and answers only what the engine's authorizations allow the caller to see. */
class RestApiAuthenticationIT extends PostgresIntegrationTest {

  @Autowired
  private IdentityService identityService;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void anonymousCallIsRefused() throws Exception {
    HttpResponse<String> response = get("/engine-rest/process-definition", null, null);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
  }

  @Test
  void wrongPasswordAndUnknownUserGetTheSameAnswer() throws Exception {
    // A wrong password delays the next login of that user (Camunda's throttling), so use a user of its own.
    String user = ThrowawayUsers.create(identityService, "rest-wrong-password");
    HttpResponse<String> wrongPassword = get("/engine-rest/filter?maxResults=10", user, "not-the-password");
    HttpResponse<String> unknownUser = get("/engine-rest/filter?maxResults=10", "nobody-here", "not-the-password");
    assertThat(wrongPassword.statusCode()).isEqualTo(401);
    assertThat(unknownUser.statusCode()).isEqualTo(401);
    assertThat(stripVolatile(wrongPassword.body())).isEqualTo(stripVolatile(unknownUser.body()));
  }

  @Test
  void authenticatedCallSeesOnlyWhatTheUserIsAuthorizedFor() throws Exception {
    assertThat(filterNames("nanshan")).containsExactlyInAnyOrder("我的待办", "本单位待办");
    assertThat(filterNames("office")).containsExactlyInAnyOrder("我的待办", "市总待办", "全部待办");
    assertThat(filterNames("expert1")).containsExactlyInAnyOrder("我的待办", "专家评审");

    // The union reviewer holds no grant on process definitions; the city office reads them all.
    HttpResponse<String> count = get("/engine-rest/process-definition/count", "nanshan", "nanshan");
    assertThat(count.statusCode()).isEqualTo(200);
    HttpResponse<String> deployments = get("/engine-rest/deployment/count", "nanshan", "nanshan");
    assertThat(json.readTree(deployments.body()).get("count").asInt()).isZero();
    HttpResponse<String> users = get("/engine-rest/user?maxResults=50", "nanshan", "nanshan");
    assertThat(users.statusCode()).isEqualTo(200);
    assertThat(json.readTree(users.body()).findValuesAsText("id")).as("users nanshan may read").containsExactly("nanshan");
  }

  @Test
  void nonAdministratorCannotDeploy() throws Exception {
    String boundary = "studio-boundary";
    String bpmn = "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" targetNamespace=\"x\">"
        + "<process id=\"intruder\" isExecutable=\"true\"/></definitions>";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nintruder\r\n--"
        + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"intruder.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/engine-rest/deployment/create"))
        .header("Authorization", basic("office", "office"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(403);
  }

  private List<String> filterNames(String user) throws Exception {
    HttpResponse<String> response = get("/engine-rest/filter?maxResults=100", user, user);
    assertThat(response.statusCode()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    for (JsonNode filter : json.readTree(response.body())) {
      names.add(filter.get("name").asText());
    }
    return names;
  }

  private HttpResponse<String> get(String path, String user, String password) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET();
    if (user != null) {
      request.header("Authorization", basic(user, password));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String stripVolatile(String body) {
    return body.replaceAll("\"timestamp\":\"[^\"]*\"", "");
  }
}
