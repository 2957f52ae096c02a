package cn.szftu.studio.expert;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.security.Groups;
import cn.szftu.studio.support.PostgresIntegrationTest;
import cn.szftu.studio.support.ThrowawayUsers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Administrators extend the expert pool over /api/admin/experts; values are checked and refusals change nothing. */
class ExpertAdminIT extends PostgresIntegrationTest {

  @Autowired
  IdentityService identityService;
  @Autowired
  ExpertRepository experts;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void anAdministratorAddsAnExpertWhoBecomesAMemberOfTheExpertsGroup() throws Exception {
    String id = ThrowawayUsers.create(identityService, "pool");
    HttpResponse<String> created = put(id, "demo", """
        {"name":"周文","employerName":"深圳大学","industry":"机械工程","unionCode":"futian","active":true}""");
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(experts.findById(id)).get().satisfies(e -> {
      assertThat(e.getName()).isEqualTo("周文");
      assertThat(e.getUnionCode()).isEqualTo("futian");
      assertThat(e.isActive()).isTrue();
    });
    assertThat(identityService.createUserQuery().userId(id).memberOfGroup(Groups.EXPERTS).count()).isEqualTo(1);

    HttpResponse<String> deactivated = put(id, "demo", """
        {"name":"周文","employerName":"深圳大学","industry":"机械工程","active":false}""");
    assertThat(deactivated.statusCode()).isEqualTo(200);
    assertThat(experts.findById(id).orElseThrow().isActive()).isFalse();
    assertThat(experts.findById(id).orElseThrow().getUnionCode()).isNull();
  }

  @Test
  void badValuesAreRefusedInChineseNamingEachFieldAndChangeNothing() throws Exception {
    String id = ThrowawayUsers.create(identityService, "pool");
    HttpResponse<String> refused = put(id, "demo", """
        {"name":" ","employerName":"深圳大学","industry":"机械工程","employerCode":"nanshan",
         "unionCode":"ns-precision","active":"yes","salary":1}""");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("salary").contains("active").doesNotContain("Exception");
    HttpResponse<String> invalid = put(id, "demo", """
        {"name":" ","employerName":"深圳大学","industry":"机械工程","employerCode":"nanshan",
         "unionCode":"ns-precision","active":true}""");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.body()).contains("姓名").contains("不能为空").contains("“nanshan”不是组织架构中的申报单位")
        .contains("“ns-precision”不是组织架构中的推荐单位（工会）");
    HttpResponse<String> noUser = put("nobody-" + System.nanoTime(), "demo", """
        {"name":"周文","employerName":"深圳大学","industry":"机械工程","active":true}""");
    assertThat(noUser.statusCode()).isEqualTo(400);
    assertThat(noUser.body()).contains("请先在 Admin 中创建该专家的用户");
    assertThat(experts.findById(id)).isEmpty();
    assertThat(identityService.createUserQuery().userId(id).memberOfGroup(Groups.EXPERTS).count()).isZero();
  }

  @Test
  void onlyAdministratorsMayChangeThePool() throws Exception {
    String id = ThrowawayUsers.create(identityService, "pool");
    HttpResponse<String> office = put(id, "office", """
        {"name":"周文","employerName":"深圳大学","industry":"机械工程","active":true}""");
    assertThat(office.statusCode()).isEqualTo(403);
    assertThat(experts.findById(id)).isEmpty();
  }

  private HttpResponse<String> put(String id, String user, String body) throws IOException, InterruptedException {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/admin/experts/" + id))
        .header("Authorization", "Basic " + credentials).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
