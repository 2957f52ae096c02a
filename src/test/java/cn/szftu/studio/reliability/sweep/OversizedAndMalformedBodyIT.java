package cn.szftu.studio.reliability.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.support.DatabaseSnapshot;
import cn.szftu.studio.support.PostgresIntegrationTest;
import cn.szftu.studio.support.ThrowawayUsers;
import cn.szftu.studio.support.WebSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bodies no form produces: malformed JSON and 10 MB, against the REST API, the indicator-set load, the public
 * objection form and the evidence upload. Malformed JSON gets 400 and a 10 MB body 413, both in Chinese, before
 * anything is read into the case; the whole database is as before.
 */
class OversizedAndMalformedBodyIT extends PostgresIntegrationTest {

  private static final int TEN_MB = 10 * 1024 * 1024;
  private static final String MALFORMED = "{\"variables\": {\"studioName\": {\"value\": \"x\"";

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void restSubmissionsRefuseMalformedJsonAnd10Megabytes() {
    String start = "/engine-rest/process-definition/key/studio-application/submit-form";
    HttpResponse<String> malformed = unchanged(() -> basic("POST", start, "applicant1", "application/json",
        MALFORMED.getBytes(StandardCharsets.UTF_8)));
    assertThat(malformed.statusCode()).as(malformed.body()).isEqualTo(400);
    assertThat(malformed.body()).contains("不是有效的 JSON").doesNotContain("Exception");

    HttpResponse<String> trailing = unchanged(() -> basic("POST", start, "applicant1", "application/json",
        "{\"variables\": {}} {}".getBytes(StandardCharsets.UTF_8)));
    assertThat(trailing.statusCode()).as(trailing.body()).isEqualTo(400);

    HttpResponse<String> huge = unchanged(() -> basic("POST", start, "applicant1", "application/json",
        hugeJson()));
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(huge.body()).contains("提交的内容过大").contains("2 MB");

    HttpResponse<String> webapp = unchanged(() -> basic("POST", "/engine-rest/task/none/submit-form", "office",
        "application/json", hugeJson()));
    assertThat(webapp.statusCode()).isEqualTo(413);
  }

  /** The snapshot behind every "nothing changed" here and in the sweep does see a change. */
  @Test
  void theSnapshotSeesAChange() {
    DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
    ThrowawayUsers.create(engine.getIdentityService(), "snapshot");
    assertThat(before.differences(before.again())).containsKey("act_id_user");
    assertThat(before.tableCount()).isGreaterThan(60);
  }

  @Test
  void anonymousCallersAreAskedToLogInWhateverTheBody() {
    HttpResponse<String> malformed = send(HttpRequest.newBuilder(URI.create(baseUrl()
        + "/engine-rest/process-definition/key/studio-application/submit-form"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(MALFORMED)));
    assertThat(malformed.statusCode()).isEqualTo(401);
  }

  @Test
  void theIndicatorSetLoadRefusesMalformedAndOversizedBodies() {
    String path = "/api/admin/indicator-sets";
    HttpResponse<String> json = unchanged(() -> basic("POST", path, "demo", "application/json",
        "{\"version\": ".getBytes(StandardCharsets.UTF_8)));
    assertThat(json.statusCode()).as(json.body()).isEqualTo(400);
    assertThat(json.body()).contains("不是有效的 JSON");

    HttpResponse<String> yaml = unchanged(() -> basic("POST", path, "demo", "text/yaml",
        "version: [unclosed\n  - : :".getBytes(StandardCharsets.UTF_8)));
    assertThat(yaml.statusCode()).as(yaml.body()).isEqualTo(400);
    assertThat(yaml.body()).containsPattern("\\p{IsHan}");

    HttpResponse<String> huge = unchanged(() -> basic("POST", path, "demo", "text/yaml",
        ("version: \"" + "长".repeat(TEN_MB / 3) + "\"\n").getBytes(StandardCharsets.UTF_8)));
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(huge.body()).contains("提交的内容过大");
  }

  @Test
  void thePublicObjectionFormRefuses10Megabytes() {
    HttpResponse<String> huge = unchanged(() -> send(HttpRequest.newBuilder(URI.create(baseUrl()
        + "/public/notice/objections")).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("applicationNumber=X&facts=" + "a".repeat(TEN_MB)))));
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(huge.body()).contains("提交的内容过大");

    HttpResponse<String> json = unchanged(() -> send(HttpRequest.newBuilder(URI.create(baseUrl()
        + "/public/notice/objections")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(MALFORMED))));
    assertThat(json.statusCode()).isBetween(400, 499);
  }

  @Test
  void theEvidenceUploadRefuses10MegabytesThatAreNoUpload() {
    WebSession session = WebSession.login(baseUrl(), "applicant1", "applicant1");
    HttpResponse<String> huge = unchanged(() -> session.post("/applications/SZ-2026-0001/evidence",
        Map.of("description", "a".repeat(TEN_MB))));
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(huge.body()).contains("提交的内容过大");
  }

  private byte[] hugeJson() {
    return ("{\"variables\": {\"studioName\": {\"value\": \"" + "a".repeat(TEN_MB) + "\"}}}")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The call's answer, after checking that no engine or domain table changed. */
  private HttpResponse<String> unchanged(Supplier<HttpResponse<String>> call) {
    return DatabaseSnapshot.withJobsPaused(engine, () -> {
      DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
      HttpResponse<String> response = call.get();
      assertThat(before.differences(before.again())).as("tables changed").isEmpty();
      return response;
    });
  }

  private HttpResponse<String> basic(String method, String path, String user, String type, byte[] body) {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Content-Type", type)
        .header("Authorization", "Basic " + credentials).method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
