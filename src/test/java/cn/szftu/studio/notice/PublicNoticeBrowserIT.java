package cn.szftu.studio.notice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.application.ApplicationProcess;
import cn.szftu.studio.batch.NamingBatch;
import cn.szftu.studio.batch.NamingBatchRepository;
import cn.szftu.studio.notice.web.ObjectionRateLimit;
import cn.szftu.studio.status.ApplicationFixture;
import cn.szftu.studio.support.Browser;
import cn.szftu.studio.support.PostgresIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public notice page (公示) without login, in Chromium and over plain HTTP. The batch process is not needed: the
 * test lists one application of its own on batch 2026 (a batch_entry row, the batch on notice from an hour ago for
 * three days, on the application's clock) and restores the shared batch afterwards.
 *
 * <p>Whether a valid objection can be stored depends on the application process: ObjectionService hands every
 * objection to it (message {@value ApplicationProcess#MESSAGE_OBJECTION_LODGED}) in the same transaction. When the
 * application's process instance waits for that message, the test checks the whole way to the reference number and
 * the stored row; when it does not (the event subprocess is not in studio-application.bpmn yet), it checks that the
 * page refuses with a Chinese message and stores nothing.
 */
class PublicNoticeBrowserIT extends PostgresIntegrationTest {

  static final String BATCH = "2026";
  static final String STUDIO = "公示异议测试创新工作室";
  static final String FACTS = "该工作室申报材料中所列2025年度创新成果与实际情况不符，相关专利系他人所有，请予核查。";
  static final byte[] PNG_1X1 = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
  static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
  static final Pattern REFERENCE = Pattern.compile("YY-" + BATCH + "-\\d{5}");

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private JdbcTemplate jdbc;
  @Autowired
  private Clock clock;
  @Autowired
  private NamingBatchRepository batches;
  @Autowired
  private ObjectionRepository objections;
  @Autowired
  private NoticeBoard board;
  @Autowired
  private ObjectionRateLimit rateLimit;
  @Autowired
  private TransactionTemplate transactions;

  private String number;
  private long applicationId;
  private boolean processAcceptsObjections;

  @BeforeEach
  void listOneStudioOnTheNotice() {
    rateLimit.reset();
    number = new ApplicationFixture(engine).submit(STUDIO);
    applicationId = jdbc.queryForObject("select id from application where number = ?", Long.class, number);
    jdbc.update("insert into batch_entry (batch_code, application_id, rank_no, panel_score, innovation_subtotal, "
        + "outcome, on_notice, updated_at, version) values (?, ?, 1, 88.50, 30.00, 'PROPOSED', true, now(), 0)",
        BATCH, applicationId);
    Instant now = clock.instant();
    setNotice(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(3)));
    String processInstanceId = jdbc.queryForObject("select process_instance_id from application where id = ?",
        String.class, applicationId);
    processAcceptsObjections = engine.getRuntimeService().createEventSubscriptionQuery()
        .processInstanceId(processInstanceId).eventType("message")
        .eventName(ApplicationProcess.MESSAGE_OBJECTION_LODGED).count() > 0;
    System.out.println("*** PublicNoticeBrowserIT: the application process "
        + (processAcceptsObjections ? "accepts" : "does NOT accept") + " " + ApplicationProcess.MESSAGE_OBJECTION_LODGED
        + "; " + (processAcceptsObjections ? "objections are stored" : "valid objections must be refused"));
  }

  @AfterEach
  void restoreTheSharedBatch() {
    try {
      if (processAcceptsObjections && objections.findByApplicationIdOrderByLodgedAtAsc(applicationId).stream()
          .anyMatch(o -> !o.getReference().startsWith("ZT"))) {
        // The investigation started in the application's process would point at a deleted objection.
        String processInstanceId = jdbc.queryForObject("select process_instance_id from application where id = ?",
            String.class, applicationId);
        engine.getRuntimeService().deleteProcessInstance(processInstanceId, "PublicNoticeBrowserIT cleanup", true,
            true);
      }
    } finally {
      jdbc.update("delete from objection where application_id = ?", applicationId);
      jdbc.update("delete from batch_entry where application_id = ?", applicationId);
      jdbc.update("update naming_batch set stage = 'OPEN', notice_starts_at = null, notice_ends_at = null "
          + "where code = ?", BATCH);
      rateLimit.reset();
    }
  }

  @Test
  void anyoneReadsTheNoticeAndLodgesARealNameObjection() throws IOException {
    NoticeBoard.Notice notice = board.current().orElseThrow();
    int workingDays = jdbc.queryForObject("select notice_working_days from naming_batch where code = ?",
        Integer.class, BATCH);
    String period = "公示期：" + DAY.format(notice.firstDay()) + "至" + DAY.format(notice.lastDay()) + "（"
        + workingDays + " 个工作日）";

    try (Browser browser = Browser.start("zh-CN")) {
      WebDriver driver = browser.driver();
      driver.get(baseUrl() + "/public/notice");
      browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("notice-title")));
      assertThat(driver.getCurrentUrl()).as("no login").endsWith("/public/notice");
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(notice.batchTitle() + "拟命名名单公示");
      assertThat(driver.findElement(By.id("notice-period")).getText()).isEqualTo(period);
      String row = driver.findElement(By.id("studio-" + number)).getText();
      assertThat(row).contains("1", STUDIO, "黄伟", "深圳市南山精工智能装备有限公司", "南山区总工会", "88.50");
      assertThat(driver.findElement(By.id("notice-how")).getText()).contains("实名", "推荐单位核查", "市总工会认定");
      assertThat(driver.findElement(By.cssSelector(".panel")).getCssValue("background-color"))
          .as("stylesheet applied under the CSP").isEqualTo("rgba(255, 255, 255, 1)");
      fullPage(browser);
      browser.screenshot("public-notice");

      // the server checks every field, whatever the browser's own checks let through; nothing is stored
      long before = objectionCount();
      submit(browser, "", "13800138000", FACTS, null);
      assertRefused(browser, "姓名：请填写真实姓名");
      assertThat(driver.findElement(By.id("objection-facts")).getAttribute("value")).as("kept").isEqualTo(FACTS);
      assertThat(driver.findElement(By.id("objection-name")).getAttribute("aria-invalid")).isEqualTo("true");
      fullPage(browser);
      browser.screenshot("public-notice-refused");

      String markup = "网页上写着 <script>alert('xss')</script> 和 ${7*7}，与事实不符，请核查。";
      submit(browser, "张三", "12345", markup, null);
      assertRefused(browser, "手机号码：应为 11 位中国大陆手机号码");
      assertThat(driver.findElement(By.id("objection-facts")).getAttribute("value")).as("shown as text")
          .isEqualTo(markup);
      assertThat(driver.findElement(By.id("objection-mobile")).getAttribute("value")).isEqualTo("12345");

      submit(browser, "张三", "13800138000", "异".repeat(3000), null);
      assertRefused(browser, "异议事实和理由：不超过 2000 个字，当前为 3000 个字");
      assertThat(objectionCount()).isEqualTo(before);

      // a valid objection with a PNG attached
      Path file = Files.createTempDirectory("objection").resolve("现场照片.png");
      Files.write(file, PNG_1X1);
      submit(browser, "买买提·艾力", "138 0013 8000", FACTS, file);
      // Chromium may still be reading the upload after the click returns: removing it now fails the request.
      file.getParent().toFile().deleteOnExit();
      file.toFile().deleteOnExit();
      if (processAcceptsObjections) {
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("objection-reference")));
        String reference = driver.findElement(By.id("objection-reference")).getText();
        assertThat(reference).matches(REFERENCE.pattern());
        assertThat(driver.findElement(By.id("objection-lodged")).getText())
            .contains(number + " " + STUDIO, "推荐单位（南山区总工会）核查", "市总工会", "告知");
        fullPage(browser);
        browser.screenshot("public-notice-lodged");
        Objection stored = objections.findByApplicationIdOrderByLodgedAtAsc(applicationId).get(0);
        assertThat(stored.getReference()).isEqualTo(reference);
        assertThat(stored.getObjectorName()).isEqualTo("买买提·艾力");
        assertThat(stored.getObjectorMobile()).isEqualTo("13800138000");
        assertThat(stored.getFacts()).isEqualTo(FACTS);
        assertThat(stored.getEvidenceType()).isEqualTo("image/png");
        assertThat(stored.getEvidenceName()).isEqualTo("现场照片.png");
        assertThat(stored.getRemoteAddress()).isNotBlank();
        assertThat(stored.getStatus()).isEqualTo(ObjectionStatus.UNDER_VERIFICATION);
        assertThat(objectionCount()).isEqualTo(before + 1);
        // the confirmation is shown once; reloading leads back to the notice
        driver.navigate().refresh();
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("notice-title")));
        before = objectionCount();
      } else {
        assertRefused(browser, "系统暂时无法受理对该工作室的异议");
        assertThat(driver.findElement(By.id("objection-problems")).getText()).contains("重新选择文件");
        assertThat(objectionCount()).as("rolled back").isEqualTo(before);
      }

      // the window closes while the form is open
      Instant now = clock.instant();
      driver.get(baseUrl() + "/public/notice");
      setNotice(now.minus(Duration.ofDays(5)), now.minus(Duration.ofMinutes(1)));
      fill(browser, "张三", "13800138000", FACTS, null);
      driver.findElement(By.id("objection-submit")).click();
      assertRefused(browser, "异议对象：当前没有正在公示的名单");
      assertThat(driver.findElement(By.id("notice-none")).getText()).contains("当前没有正在公示的名单");
      assertThat(objectionCount()).isEqualTo(before);
      fullPage(browser);
      browser.screenshot("public-notice-closed");
    }
  }

  @Test
  void aScriptTagNameIsRefusedAndEchoedEscaped() throws Exception {
    Http http = new Http();
    long before = objectionCount();
    Map<String, String> fields = validFields();
    fields.put("objectorName", "<script>alert(1)</script>");
    fields.put("facts", "网页上写着 <b>粗体</b> 和 ${7*7} 以及 [[${x}]]，与事实不符。");
    HttpResponse<String> response = http.post(fields, null, null);

    assertThat(response.statusCode()).isEqualTo(400);
    String body = response.body();
    assertThat(body).contains("姓名：只能包含汉字、英文字母和间隔号")
        .contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")
        .doesNotContain("<script>alert(1)</script>")
        .contains("网页上写着 &lt;b&gt;粗体&lt;/b&gt; 和 ${7*7} 以及 [[${x}]]，与事实不符。")
        .doesNotContain("<b>粗体</b>");
    assertThat(objectionCount()).isEqualTo(before);
  }

  @Test
  void theSixthObjectionOfAnAddressWithinAnHourGets429() throws Exception {
    Instant now = clock.instant();
    long mine = objections.countByRemoteAddressAndLodgedAtAfter("127.0.0.1", now.minus(Duration.ofHours(1)));
    transactions.executeWithoutResult(s -> {
      for (long i = mine; i < ObjectionRateLimit.PER_HOUR; i++) {
        objections.save(new Objection("ZT" + UUID.randomUUID().toString().substring(0, 12), BATCH, applicationId,
            "测试人", "13800138000", FACTS, null, null, null, "127.0.0.1", now.minus(Duration.ofMinutes(10))));
      }
    });
    long before = objectionCount();

    HttpResponse<String> response = new Http().post(validFields(), null, null);

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().firstValue("Retry-After")).contains("3600");
    assertThat(response.body()).contains("同一网络地址每小时最多提交 5 条异议").contains("本次异议未提交");
    assertThat(objectionCount()).isEqualTo(before);
  }

  @Test
  void evidenceIsCheckedFromTheBytesAndOversizedUploadsGetAChinesePage() throws Exception {
    Http http = new Http();
    long before = objectionCount();

    byte[] html = "<html><body>not a pdf</body></html>".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> disguised = http.post(validFields(), "证明.pdf", html);
    assertThat(disguised.statusCode()).isEqualTo(400);
    assertThat(disguised.body()).contains("证明材料：仅支持 PDF、JPG、PNG 文件").contains("请重新选择文件");

    byte[] overOwnLimit = pdf(10 * 1024 * 1024 + 512 * 1024);
    HttpResponse<String> tooLarge = http.post(validFields(), "扫描件.pdf", overOwnLimit);
    assertThat(tooLarge.statusCode()).isEqualTo(400);
    assertThat(tooLarge.body()).contains("证明材料：文件大小为 10.5 MB，超过 10 MB 的上限");

    // over Spring's multipart limit: the body cannot be parsed, the page still says why
    HttpResponse<String> overMultipartLimit = http.post(validFields(), "录像.pdf", pdf(21 * 1024 * 1024));
    assertThat(overMultipartLimit.statusCode()).isEqualTo(413);
    assertThat(overMultipartLimit.body()).contains("证明材料：所选文件超过 10 MB 的上限，本次异议未提交")
        .doesNotContain("Exception");

    assertThat(objectionCount()).isEqualTo(before);
  }

  @Test
  void withoutTokenOrWithoutNoticeNothingIsTaken() throws Exception {
    Http http = new Http();
    long before = objectionCount();
    HttpResponse<String> forged = http.postWithoutToken(validFields());
    assertThat(forged.statusCode()).as("CSRF").isEqualTo(403);

    http.load();
    jdbc.update("update naming_batch set stage = 'OPEN', notice_starts_at = null, notice_ends_at = null where code = ?",
        BATCH);
    HttpResponse<String> page = http.get("/public/notice");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("当前没有正在公示的名单").doesNotContain("objection-form");
    HttpResponse<String> late = http.postAgain(validFields(), null, null);
    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(late.body()).contains("异议对象：当前没有正在公示的名单");
    assertThat(objectionCount()).isEqualTo(before);
  }

  private void setNotice(Instant startsAt, Instant endsAt) {
    transactions.executeWithoutResult(s -> {
      NamingBatch batch = batches.findById(BATCH).orElseThrow();
      batch.publishNotice(startsAt, endsAt);
      batches.save(batch);
    });
  }

  private long objectionCount() {
    return jdbc.queryForObject("select count(*) from objection", Long.class);
  }

  private Map<String, String> validFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("applicationNumber", number);
    fields.put("objectorName", "张三");
    fields.put("objectorMobile", "13800138000");
    fields.put("facts", FACTS);
    fields.put("consent", "true");
    return fields;
  }

  private static byte[] pdf(int size) {
    byte[] content = new byte[size];
    byte[] signature = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(signature, 0, content, 0, signature.length);
    return content;
  }

  /** Opens the page, switches the browser's own checks off and submits the form as given. */
  private void submit(Browser browser, String name, String mobile, String facts, Path file) {
    browser.driver().get(baseUrl() + "/public/notice");
    fill(browser, name, mobile, facts, file);
    browser.driver().findElement(By.id("objection-submit")).click();
  }

  private void fill(Browser browser, String name, String mobile, String facts, Path file) {
    WebDriver driver = browser.driver();
    browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("objection-form")));
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("const f = document.getElementById('objection-form'); f.noValidate = true;"
        + "f.querySelectorAll('[maxlength],[minlength]').forEach(e => { e.removeAttribute('maxlength');"
        + " e.removeAttribute('minlength'); });");
    new Select(driver.findElement(By.id("objection-studio"))).selectByValue(number);
    driver.findElement(By.id("objection-name")).sendKeys(name);
    driver.findElement(By.id("objection-mobile")).sendKeys(mobile);
    js.executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id("objection-facts")), facts);
    if (file != null) {
      driver.findElement(By.id("objection-evidence")).sendKeys(file.toString());
    }
    driver.findElement(By.id("objection-consent")).click();
  }

  private static void assertRefused(Browser browser, String message) {
    browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("objection-problems")));
    assertThat(browser.driver().findElement(By.id("objection-problems")).getText()).contains("异议未提交")
        .contains(message);
  }

  private static void fullPage(Browser browser) {
    Object height = ((JavascriptExecutor) browser.driver()).executeScript("return document.body.scrollHeight");
    browser.driver().manage().window().setSize(new Dimension(1366, Math.min(6000, ((Number) height).intValue() + 160)));
  }

  /** An anonymous visitor over IPv4 loopback (127.0.0.1, the address the rate limit counts), with a cookie jar. */
  private final class Http {
    private static final Pattern FORM_ACTION = Pattern.compile("id=\"objection-form\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    private String action;
    private String token;

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Opens the page and keeps its form's action (which carries the CSRF token) and the token of its body. */
    void load() throws IOException, InterruptedException {
      String page = get("/public/notice").body();
      Matcher form = FORM_ACTION.matcher(page);
      Matcher hidden = CSRF.matcher(page);
      assertThat(form.find()).as("objection form on the page").isTrue();
      assertThat(hidden.find()).as("CSRF token on the page").isTrue();
      action = form.group(1).replace("&amp;", "&");
      token = hidden.group(1);
      assertThat(action).startsWith("/public/notice/objections?_csrf=");
    }

    /** The form as the page posts it: multipart to the form's action, the CSRF token also in the body. */
    HttpResponse<String> post(Map<String, String> fields, String fileName, byte[] file)
        throws IOException, InterruptedException {
      load();
      return postAgain(fields, fileName, file);
    }

    /** Posts with the page loaded before, which may no longer show a form. */
    HttpResponse<String> postAgain(Map<String, String> fields, String fileName, byte[] file)
        throws IOException, InterruptedException {
      Map<String, String> withToken = new LinkedHashMap<>();
      withToken.put("_csrf", token);
      withToken.putAll(fields);
      return multipart(action, withToken, fileName, file);
    }

    HttpResponse<String> postWithoutToken(Map<String, String> fields) throws IOException, InterruptedException {
      load();
      return multipart("/public/notice/objections", fields, null, null);
    }

    private HttpResponse<String> multipart(String path, Map<String, String> fields, String fileName, byte[] file)
        throws IOException, InterruptedException {
      String boundary = "----notice" + UUID.randomUUID().toString().replace("-", "");
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
          + name + "\"\r\n\r\n" + value + "\r\n"));
      write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\""
          + (fileName == null ? "" : fileName) + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      if (file != null) {
        body.writeBytes(file);
      }
      write(body, "\r\n--" + boundary + "--\r\n");
      return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
      return URI.create("http://127.0.0.1:" + port + path);
    }

    private static void write(ByteArrayOutputStream out, String text) {
      out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
