package cn.szftu.studio.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.ApplicationWithdrawal;
import cn.szftu.studio.status.ApplicationFixture;
import cn.szftu.studio.support.PostgresIntegrationTest;
import cn.szftu.studio.support.WebSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Evidence upload and download through the real server and filter chain on PostgreSQL: who may download (the unit,
 * its union, the city office and decision body), who gets 404 (everyone else, and every id outside the application),
 * and which uploads are refused without storing anything.
 */
class EvidenceAccessIT extends PostgresIntegrationTest {

  private static final Map<String, WebSession> SESSIONS = new HashMap<>();
  private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
      .getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H',
      'D', 'R'};

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private EvidenceFileRepository files;
  @Autowired
  private ApplicationRepository applications;
  @Autowired
  private ApplicationWithdrawal withdrawal;

  private String number;
  private long applicationId;

  @BeforeEach
  void application() {
    number = new ApplicationFixture(engine).submit("证明材料测试工作室");
    applicationId = applications.findByNumber(number).orElseThrow().getId();
  }

  @Test
  void applicantUploadsAndEveryReaderDownloadsTheSameBytes() {
    HttpResponse<String> upload = as("applicant1").upload(evidencePath(), "C:\\扫描件\\领衔人荣誉证书.pdf",
        "application/pdf", PDF, "领衔人“深圳市劳动模范”证书");
    assertThat(upload.statusCode()).isEqualTo(302);
    assertThat(upload.headers().firstValue("Location").orElseThrow()).endsWith("/applications/" + number);
    String page = as("applicant1").follow(upload).body();
    assertThat(page).contains("已上传证明材料“领衔人荣誉证书.pdf”").contains("领衔人“深圳市劳动模范”证书");
    String fileId = fileIdIn(page);

    for (String reader : List.of("applicant1", "nanshan", "office", "leader")) {
      HttpResponse<byte[]> download = as(reader).getBytes(evidencePath() + "/" + fileId);
      assertThat(download.statusCode()).as(reader).isEqualTo(200);
      assertThat(download.body()).as(reader).isEqualTo(PDF);
      assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
      assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(download.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"_.pdf\"; "
          + "filename*=UTF-8''%E9%A2%86%E8%A1%94%E4%BA%BA%E8%8D%A3%E8%AA%89%E8%AF%81%E4%B9%A6.pdf");
    }
    assertThat(files.findByIdAndApplicationId(fileId, applicationId)).hasValueSatisfying(f -> {
      assertThat(f.getUploadedBy()).isEqualTo("applicant1");
      assertThat(f.getSha256()).isEqualTo(EvidenceService.sha256(PDF));
      assertThat(f.getSizeBytes()).isEqualTo(PDF.length);
    });
  }

  @Test
  void everyoneElseGetsNotFoundNotForbidden() {
    String fileId = uploaded(PDF, "证书.pdf");
    for (String outsider : List.of("applicant2", "futian", "expert1")) {
      assertThat(as(outsider).getBytes(evidencePath() + "/" + fileId).statusCode()).as(outsider).isEqualTo(404);
      assertThat(as(outsider).get("/applications/" + number).statusCode()).as(outsider).isEqualTo(404);
    }
    String otherNumber = new ApplicationFixture(engine).submit("另一个工作室");
    assertThat(as("applicant1").getBytes("/applications/" + otherNumber + "/evidence/" + fileId).statusCode())
        .as("the id of a file of another application").isEqualTo(404);
    assertThat(as("applicant1").getBytes(evidencePath() + "/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    assertThat(as("applicant1").getBytes(evidencePath() + "/not-an-id").statusCode()).isEqualTo(404);
    assertThat(as("applicant1").getBytes("/applications/SQ-1999-9999/evidence/" + fileId).statusCode()).isEqualTo(404);
  }

  @Test
  void renamedExecutableIsRefusedAndNothingIsStored() {
    byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};
    HttpResponse<String> upload = as("applicant1").upload(evidencePath(), "x.pdf", "application/pdf", exe, "说明");

    assertThat(upload.statusCode()).isEqualTo(302);
    String page = as("applicant1").follow(upload).body();
    assertThat(page).contains("证明材料文件（file）：仅支持 PDF、JPG、PNG 文件，该文件内容不是这几种格式之一")
        .contains("提交未成功，页面上的内容没有变化");
    assertThat(files.countByApplicationId(applicationId)).isZero();
  }

  @Test
  void emptyFilesAndDuplicatesAreRefused() {
    String page = as("applicant1").follow(as("applicant1").upload(evidencePath(), "空.pdf", "application/pdf",
        new byte[0], null)).body();
    assertThat(page).contains("证明材料文件（file）：文件为空（0 字节），请重新选择文件");
    page = as("applicant1").follow(as("applicant1").upload(evidencePath(), "", "application/octet-stream",
        new byte[0], null)).body();
    assertThat(page).as("no file chosen, as a browser sends it").contains("证明材料文件（file）：请选择要上传的文件");

    uploaded(PNG, "现场照片.png");
    page = as("applicant1").follow(as("applicant1").upload(evidencePath(), "再传一次.png", "image/png", PNG, null))
        .body();
    assertThat(page).contains("与已上传的“现场照片.png”内容完全相同，无需重复上传");
    assertThat(files.countByApplicationId(applicationId)).isEqualTo(1);
  }

  @Test
  void tooLongADescriptionIsRefusedNamingTheField() {
    String page = as("applicant1").follow(as("applicant1").upload(evidencePath(), "a.pdf", "application/pdf", PDF,
        "说".repeat(201))).body();
    assertThat(page).contains("材料说明（description）：不能超过 200 个字符（现为 201 个）");
    assertThat(files.countByApplicationId(applicationId)).isZero();
  }

  @Test
  void onlyTheApplicantsOwnUnitMayUpload() {
    for (String other : List.of("nanshan", "office", "applicant2", "expert1")) {
      assertThat(as(other).upload(evidencePath(), "a.pdf", "application/pdf", PDF, null).statusCode()).as(other)
          .isEqualTo(404);
    }
    assertThat(files.countByApplicationId(applicationId)).isZero();
  }

  @Test
  void fileOverTheLimitReturnsToThePageWithTheReason() {
    byte[] big = Arrays.copyOf(PDF, EvidenceLimits.MAX_FILE_BYTES + 100 * 1024);
    HttpResponse<String> upload = as("applicant1").upload(evidencePath(), "大文件.pdf", "application/pdf", big, null);

    assertThat(upload.statusCode()).isEqualTo(302);
    assertThat(upload.headers().firstValue("Location").orElseThrow()).endsWith("/applications/" + number);
    assertThat(as("applicant1").follow(upload).body())
        .contains("证明材料文件（file）：所选文件超过单个文件 20 MB 的上限，请压缩或拆分后再上传");
    assertThat(files.countByApplicationId(applicationId)).isZero();
  }

  @Test
  void applicantMayDeleteWhileUploadsAreAllowedOthersMayNot() {
    String fileId = uploaded(PDF, "删除测试.pdf");
    assertThat(as("applicant2").post(evidencePath() + "/" + fileId + "/delete", Map.of()).statusCode()).isEqualTo(404);
    assertThat(as("nanshan").post(evidencePath() + "/" + fileId + "/delete", Map.of()).statusCode()).isEqualTo(404);
    assertThat(files.countByApplicationId(applicationId)).isEqualTo(1);

    HttpResponse<String> delete = as("applicant1").post(evidencePath() + "/" + fileId + "/delete", Map.of());
    assertThat(as("applicant1").follow(delete).body()).contains("已删除证明材料“删除测试.pdf”");
    assertThat(files.countByApplicationId(applicationId)).isZero();
  }

  @Test
  void afterTheApplicationEndsFilesStayReadableButCannotChange() {
    String fileId = uploaded(PDF, "撤回前.pdf");
    withdrawal.withdraw(number, "applicant1", "测试撤回");

    String page = as("applicant1").follow(as("applicant1").upload(evidencePath(), "b.png", "image/png", PNG, null))
        .body();
    assertThat(page).contains("申报状态（status）：当前状态为“已撤回”，不能再上传或删除证明材料")
        .doesNotContain("上传证明材料</h3>");
    page = as("applicant1").follow(as("applicant1").post(evidencePath() + "/" + fileId + "/delete", Map.of())).body();
    assertThat(page).contains("不能再上传或删除证明材料");
    assertThat(files.countByApplicationId(applicationId)).isEqualTo(1);
    assertThat(as("nanshan").getBytes(evidencePath() + "/" + fileId).body()).isEqualTo(PDF);
  }

  private String uploaded(byte[] content, String name) {
    HttpResponse<String> upload = as("applicant1").upload(evidencePath(), name, "application/octet-stream", content,
        null);
    return fileIdIn(as("applicant1").follow(upload).body());
  }

  private String fileIdIn(String page) {
    Matcher m = Pattern.compile(Pattern.quote("/applications/" + number + "/evidence/") + "([0-9a-f-]{36})\"")
        .matcher(page);
    assertThat(m.find()).as("download link on the page").isTrue();
    return m.group(1);
  }

  private String evidencePath() {
    return "/applications/" + number + "/evidence";
  }

  private WebSession as(String user) {
    return SESSIONS.computeIfAbsent(user + "@" + port, u -> WebSession.login(baseUrl(), user, user));
  }
}
