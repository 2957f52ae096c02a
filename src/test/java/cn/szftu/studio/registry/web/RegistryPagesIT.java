package cn.szftu.studio.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.registry.RegistryService;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioEventRepository;
import cn.szftu.studio.support.PostgresIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public registry through the real server on PostgreSQL, without login: the list with its filters, a studio's
 * entry with its history, the certificate (also of a revoked studio), and the Chinese 404 for unknown numbers.
 */
class RegistryPagesIT extends PostgresIntegrationTest {

  private static final String FUTIAN_STUDIO = "名录测试福田智慧电网创新工作室";
  private static final String DAPENG_STUDIO = "名录测试大鹏海洋生态创新工作室";

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

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private RegistryFixture fixture;
  private Studio futian;
  private Studio dapeng;

  @BeforeEach
  void studios() {
    fixture = new RegistryFixture(engine, applications, registry, events, jdbc, clock);
    futian = fixture.name2026(FUTIAN_STUDIO, "张电网", "ft-smart-grid", "futian");
    dapeng = fixture.name2019(DAPENG_STUDIO, "李海洋", "dp-marine", "dapeng");
  }

  @AfterEach
  void cleanUp() {
    fixture.cleanUp();
  }

  @Test
  void registryListsNamedStudiosWithoutLogin() {
    HttpResponse<String> response = get("/public/registry");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("style-src 'self'");
    String page = response.body();
    assertThat(page).contains("深圳市示范性劳模和工匠人才创新工作室名录", FUTIAN_STUDIO, DAPENG_STUDIO,
        futian.getNamingNumber(), dapeng.getNamingNumber(), "张电网", "李海洋", "深圳市福田智慧电网技术有限公司",
        "深圳市大鹏海洋生态科技有限公司", "福田区总工会", "大鹏新区总工会", "深总工〔2026〕15号", "2026年12月28日",
        "深总工〔2019〕30号", "2019年12月20日", "已命名", "认定", "2019 年度");
    assertThat(page).contains("href=\"/public/registry/" + futian.getNamingNumber() + "\"");
    // newest batch first
    assertThat(page.indexOf(FUTIAN_STUDIO)).isLessThan(page.indexOf(DAPENG_STUDIO));
    // no more than a public notice shows: no contact mobile, no user ids, no inline styles or scripts
    assertThat(page).doesNotContain("13800138000", "applicant1", "office", "style=", "<script");
  }

  @Test
  void filtersByUnionYearAndStatus() {
    assertThat(get("/public/registry?union=futian").body()).contains(FUTIAN_STUDIO).doesNotContain(DAPENG_STUDIO)
        .contains("<option value=\"futian\" selected=\"selected\">福田区总工会</option>").contains("清除筛选");
    assertThat(get("/public/registry?year=2019").body()).contains(DAPENG_STUDIO).doesNotContain(FUTIAN_STUDIO)
        .contains("<option value=\"2019\" selected=\"selected\">2019 年度</option>");
    assertThat(get("/public/registry?union=futian&year=2019").body()).doesNotContain(FUTIAN_STUDIO, DAPENG_STUDIO)
        .contains("没有符合筛选条件的工作室");
    assertThat(get("/public/registry?status=REVOKED").body()).doesNotContain(FUTIAN_STUDIO, DAPENG_STUDIO);

    fixture.revoke(dapeng, "深总工〔2026〕40号");
    String revoked = get("/public/registry?status=REVOKED").body();
    assertThat(revoked).contains(DAPENG_STUDIO, "已撤销", "registry-row-revoked").doesNotContain(FUTIAN_STUDIO);
    assertThat(get("/public/registry?status=NAMED").body()).contains(FUTIAN_STUDIO).doesNotContain(DAPENG_STUDIO);
    // values that are not on offer are ignored, not an error
    assertThat(get("/public/registry?union=nowhere&year=20x9&status=GONE").body())
        .contains(FUTIAN_STUDIO, DAPENG_STUDIO).doesNotContain("清除筛选");
  }

  @Test
  void studioEntryShowsTheWholeHistory() {
    String page = get("/public/registry/" + futian.getNamingNumber()).body();
    assertThat(page).contains(FUTIAN_STUDIO, "命名编号：" + futian.getNamingNumber(), "张电网",
        "深圳市福田智慧电网技术有限公司", "福田区总工会", "2026 年度深圳市示范性劳模和工匠人才创新工作室命名", "已命名",
        "工作室记录", "命名为深圳市示范性劳模和工匠人才创新工作室（评审得分 88.50 分）", "深总工〔2026〕15号（2026-12-28）",
        "查看和打印证书", "/public/registry/" + futian.getNamingNumber() + "/certificate");
    assertThat(page).doesNotContain("office", "applicant1", "13800138000", "style=");

    Instant revokedAt = fixture.revoke(dapeng, "深总工〔2026〕40号");
    String revoked = get("/public/registry/" + dapeng.getNamingNumber()).body();
    assertThat(revoked).contains("该工作室已被撤销", "撤销日期：" + ChineseDates.day(revokedAt), "撤销决定：深总工〔2026〕40号",
        "经核查，该工作室存在弄虚作假行为");
    // history in order: naming first, then the revocation
    assertThat(revoked.indexOf("认定为深圳市示范性劳模和工匠人才创新工作室"))
        .isLessThan(revoked.indexOf("经核查，该工作室存在弄虚作假行为"));
  }

  @Test
  void unknownNumbersAnswer404InChinese() {
    HttpResponse<String> missing = get("/public/registry/SZMGCX-1999-999");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("工作室不存在", "名录中没有命名编号为“SZMGCX-1999-999”的工作室", "返回工作室名录");
    assertThat(get("/public/registry/SZMGCX-1999-999/certificate").statusCode()).isEqualTo(404);
    HttpResponse<String> odd = get("/public/registry/%3Cb%3Ebold%3C%2Fb%3E");
    assertThat(odd.statusCode()).isIn(400, 404);
    assertThat(odd.body()).doesNotContain("<b>bold</b>");
  }

  @Test
  void certificateShowsTheNamingAndMarksARevokedStudio() {
    String certificate = get("/public/registry/" + futian.getNamingNumber() + "/certificate").body();
    assertThat(certificate).contains("深圳市示范性劳模和工匠人才创新工作室", "命名证书", FUTIAN_STUDIO,
        "深圳市福田智慧电网技术有限公司", "张电网", futian.getNamingNumber(), "深总工〔2026〕15号（2026年12月28日）",
        "深圳市总工会", "二〇二六年十二月二十八日", "被命名为“深圳市示范性劳模和工匠人才创新工作室”",
        baseUrl() + "/public/registry/" + futian.getNamingNumber());
    assertThat(certificate).doesNotContain("certificate-watermark", "style=", "<script");

    Instant revokedAt = fixture.revoke(dapeng, "深总工〔2026〕40号");
    String revoked = get("/public/registry/" + dapeng.getNamingNumber() + "/certificate").body();
    assertThat(revoked).contains("认定证书", "被认定为", "certificate-revoked", "certificate-watermark", "已撤销",
        "该工作室已被撤销（" + ChineseDates.day(revokedAt) + "，深总工〔2026〕40号），本证书作废。");
  }

  private HttpResponse<String> get(String path) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
          .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
