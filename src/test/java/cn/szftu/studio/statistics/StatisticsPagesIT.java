package cn.szftu.studio.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.registry.RegistryService;
import cn.szftu.studio.registry.StudioEventRepository;
import cn.szftu.studio.registry.web.RegistryFixture;
import cn.szftu.studio.support.PostgresIntegrationTest;
import cn.szftu.studio.support.WebSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 统计分析 through the real server on PostgreSQL: who may open it, and that its tables show what the database holds
 * (compared with independent counts, since other tests share the database) for the studios this test names.
 */
class StatisticsPagesIT extends PostgresIntegrationTest {

  private static final Map<String, WebSession> SESSIONS = new HashMap<>();

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private ApplicationRepository applications;
  @Autowired
  private RegistryService registry;
  @Autowired
  private StudioEventRepository events;
  @Autowired
  private JdbcTemplate jdbc;
  @Autowired
  private Clock clock;

  private RegistryFixture fixture;

  @BeforeEach
  void studios() {
    fixture = new RegistryFixture(engine, applications, registry, events, jdbc, clock);
    fixture.name2026("统计测试福田创新工作室", "王统计", "ft-smart-grid", "futian");
    fixture.name2019("统计测试大鹏创新工作室", "赵统计", "dp-marine", "dapeng");
  }

  @AfterEach
  void cleanUp() {
    fixture.cleanUp();
  }

  @Test
  void cityOfficeLeadershipAndAdministratorsSeeTheStatistics() {
    for (String user : List.of("office", "leader", "demo")) {
      HttpResponse<String> response = as(user).get("/statistics");
      assertThat(response.statusCode()).as(user).isEqualTo(200);
      assertThat(response.body()).as(user).contains("统计分析", "各推荐单位申报情况（全部年度）", "各年度申报情况",
          "各推荐单位已命名工作室（全部年度）", "各年度已命名工作室", "南山区总工会", "深汕特别合作区总工会");
    }
    assertThat(as("office").get("/").body()).contains("href=\"/statistics\"", "统计分析", "/public/registry");
  }

  @Test
  void everyoneElseIsRefused() throws Exception {
    for (String user : List.of("applicant1", "nanshan", "expert1")) {
      HttpResponse<String> response = as(user).get("/statistics");
      assertThat(response.statusCode()).as(user).isEqualTo(403);
      assertThat(response.body()).as(user).contains("无权访问").doesNotContain("各推荐单位申报情况");
    }
    assertThat(as("applicant1").get("/").body()).doesNotContain("href=\"/statistics\"").contains("工作室名录");
    HttpResponse<Void> anonymous = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(baseUrl() + "/statistics")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");
  }

  @Test
  void tablesShowTheCountsOfTheDatabase() {
    String page = as("office").get("/statistics").body();

    long awaiting = count("select count(*) from application where union_code = 'nanshan' "
        + "and status = 'AWAITING_RECOMMENDATION'");
    assertThat(awaiting).isGreaterThanOrEqualTo(2);
    assertThat(cell(page, "applications-by-union", "nanshan", "AWAITING_RECOMMENDATION")).isEqualTo(awaiting);
    assertThat(cell(page, "applications-by-union", "nanshan", "TOTAL"))
        .isEqualTo(count("select count(*) from application where union_code = 'nanshan'"));
    assertThat(cell(page, "applications-by-union", "TOTAL", "TOTAL"))
        .isEqualTo(count("select count(*) from application"));
    assertThat(cell(page, "applications-by-year", "2026", "TOTAL"))
        .isEqualTo(count("select count(*) from application a join naming_batch b on b.code = a.batch_code "
            + "where b.batch_year = 2026"));

    long futianNamed = count("select count(*) from studio where union_code = 'futian' and status = 'NAMED'");
    assertThat(futianNamed).isGreaterThanOrEqualTo(1);
    assertThat(cell(page, "studios-by-union", "futian", "NAMED")).isEqualTo(futianNamed);
    assertThat(cell(page, "studios-by-union", "dapeng", "NAMED"))
        .isEqualTo(count("select count(*) from studio where union_code = 'dapeng' and status = 'NAMED'"));
    assertThat(cell(page, "studios-by-year", "2019", "NAMED")).isEqualTo(1);
    assertThat(cell(page, "studios-by-year", "2026", "NAMED"))
        .isEqualTo(count("select count(*) from studio s join naming_batch b on b.code = s.batch_code "
            + "where b.batch_year = 2026 and s.status = 'NAMED'"));

    // five charts (the fifth: annual reports), drawn on the server: bars in SVG, no script, no inline style
    assertThat(page.split("<svg", -1)).hasSize(6);
    assertThat(page).contains("<rect class=\"stats-bar stats-fill-studio-named\"").doesNotContain("<script", "style=");

    // one year: the per-union figures count that batch year only
    String only2019 = as("office").get("/statistics?year=2019").body();
    assertThat(only2019).contains("各推荐单位已命名工作室（2019 年度）",
        "<option value=\"2019\" selected=\"selected\">2019 年度</option>");
    assertThat(cell(only2019, "studios-by-union", "dapeng", "NAMED")).isEqualTo(1);
    assertThat(cell(only2019, "studios-by-union", "futian", "NAMED")).isZero();
    assertThat(cell(only2019, "applications-by-union", "TOTAL", "TOTAL")).isZero();
  }

  /** The number in one cell of a statistics table: table id, row key (or TOTAL), column key (or TOTAL). */
  static long cell(String page, String table, String row, String column) {
    int start = page.indexOf("data-table=\"" + table + "\"");
    assertThat(start).as("table " + table).isPositive();
    String tableHtml = page.substring(start, page.indexOf("</table>", start));
    int rowStart = tableHtml.indexOf("data-row=\"" + row + "\"");
    assertThat(rowStart).as("row " + row + " of " + table).isPositive();
    String rowHtml = tableHtml.substring(rowStart, tableHtml.indexOf("</tr>", rowStart));
    Matcher m = Pattern.compile("<td[^>]*data-column=\"" + Pattern.quote(column) + "\"[^>]*>(\\d+)</td>")
        .matcher(rowHtml);
    assertThat(m.find()).as("column " + column + " of row " + row + " in " + table).isTrue();
    return Long.parseLong(m.group(1));
  }

  private long count(String sql) {
    return jdbc.queryForObject(sql, Long.class);
  }

  private WebSession as(String user) {
    return SESSIONS.computeIfAbsent(baseUrl() + user, k -> WebSession.login(baseUrl(), user, user));
  }
}
