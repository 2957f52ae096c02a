package cn.szftu.studio.notice.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.notice.NewObjection;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every field of the public objection form, checked on the server with Chinese messages naming the field. */
class ObjectionFormValidatorTest {

  static final List<String> LISTED = List.of("SQ-2026-0001", "SQ-2026-0002");
  static final String FACTS = "该工作室申报材料中所列2025年度创新成果与实际情况不符，相关专利系他人所有。";
  static final byte[] PNG = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
  static final byte[] PDF = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);

  @Test
  void acceptsAValidObjectionAndKeepsTheTextVerbatim() {
    ObjectionFormValidator.Result result = ObjectionFormValidator.validate(
        form(" SQ-2026-0001 ", " 张三 ", "138 0013-8000", "  " + FACTS + "\r\n第二段。\r\n", true, null),
        LISTED, "127.0.0.1");

    assertThat(result.problems()).isEmpty();
    NewObjection objection = result.objection();
    assertThat(objection.applicationNumber()).isEqualTo("SQ-2026-0001");
    assertThat(objection.objectorName()).isEqualTo("张三");
    assertThat(objection.objectorMobile()).isEqualTo("13800138000");
    assertThat(objection.facts()).isEqualTo(FACTS + "\n第二段。");
    assertThat(objection.evidence()).isNull();
    assertThat(objection.evidenceName()).isNull();
    assertThat(objection.evidenceType()).isNull();
    assertThat(objection.remoteAddress()).isEqualTo("127.0.0.1");
  }

  @Test
  void acceptsMinorityAndForeignNamesAndMobileVariants() {
    for (String name : List.of("买买提·艾力", "阿依古丽・吐尔逊", "Li Ming", "Anna-Maria".replace("-", " "), "José García",
        "李", "王二")) {
      ObjectionFormValidator.Result result = validate(form("SQ-2026-0002", name, "+86 139 1234 5678", FACTS, true, null));
      if (name.equals("李")) {
        assertThat(result.problems()).extracting(FieldProblem::field).containsExactly("objectorName");
      } else {
        assertThat(result.problems()).as(name).isEmpty();
        assertThat(result.objection().objectorMobile()).isEqualTo("13912345678");
      }
    }
    assertThat(validate(form("SQ-2026-0002", "张三", "１３８００１３８０００", FACTS, true, null)).objection()
        .objectorMobile()).as("full-width digits").isEqualTo("13800138000");
  }

  @Test
  void refusesEveryMissingFieldAtOnceWithChineseMessagesNamingTheField() {
    ObjectionFormValidator.Result result = validate(new ObjectionForm(null, null, null, null, false, null));

    assertThat(result.accepted()).isFalse();
    assertThat(result.objection()).isNull();
    assertThat(result.problems()).extracting(FieldProblem::field)
        .containsExactly("applicationNumber", "objectorName", "objectorMobile", "facts", "consent");
    assertThat(result.problems()).extracting(FieldProblem::label)
        .containsExactly("异议对象", "姓名", "手机号码", "异议事实和理由", "实名承诺");
    assertThat(result.problems()).extracting(FieldProblem::message).allMatch(m -> m.matches(".*[\\u4e00-\\u9fa5].*"));
    assertThat(message(result, "objectorName")).contains("真实姓名");
    assertThat(message(result, "applicationNumber")).isEqualTo("请选择要提出异议的工作室");
  }

  @Test
  void refusesAStudioNotOnTheListAndAnyObjectionWithoutANotice() {
    assertThat(message(validate(form("SQ-2026-0099", "张三", "13800138000", FACTS, true, null)), "applicationNumber"))
        .contains("不在当前公示名单");
    ObjectionFormValidator.Result closed = ObjectionFormValidator.validate(
        form("SQ-2026-0001", "张三", "13800138000", FACTS, true, null), List.of(), "127.0.0.1");
    assertThat(message(closed, "applicationNumber")).contains("当前没有正在公示的名单");
  }

  @Test
  void namesAreTwoToThirtyCharactersOfChineseOrLetters() {
    assertThat(message(validate(form("SQ-2026-0001", "张", "13800138000", FACTS, true, null)), "objectorName"))
        .isEqualTo("应为 2 至 30 个字，当前为 1 个字");
    assertThat(message(validate(form("SQ-2026-0001", "张".repeat(31), "13800138000", FACTS, true, null)),
        "objectorName")).isEqualTo("应为 2 至 30 个字，当前为 31 个字");
    assertThat(validate(form("SQ-2026-0001", "张".repeat(30), "13800138000", FACTS, true, null)).problems()).isEmpty();
    for (String name : List.of("<script>alert(1)</script>", "${7*7}", "张三1", "张三!", "·张三", "张三·", "张··三",
        "张  三", "张\u202e三", "张\u0000三")) {
      assertThat(message(validate(form("SQ-2026-0001", name, "13800138000", FACTS, true, null)), "objectorName"))
          .as(name).contains("只能包含汉字、英文字母和间隔号");
    }
  }

  @Test
  void mobilesAreMainlandMobileNumbers() {
    for (String mobile : List.of("12345", "12800138000", "1380013800", "138001380001", "02112345678", "abc",
        "13800138000x")) {
      assertThat(message(validate(form("SQ-2026-0001", "张三", mobile, FACTS, true, null)), "objectorMobile"))
          .as(mobile).isEqualTo("应为 11 位中国大陆手机号码，如 13800138000");
    }
    for (String mobile : List.of("13000000000", "19999999999", "15012345678")) {
      assertThat(validate(form("SQ-2026-0001", "张三", mobile, FACTS, true, null)).problems()).as(mobile).isEmpty();
    }
  }

  @Test
  void factsAreTenToTwoThousandCharacters() {
    assertThat(message(validate(form("SQ-2026-0001", "张三", "13800138000", "太短了", true, null)), "facts"))
        .isEqualTo("至少 10 个字，当前为 3 个字，请写明具体事实和理由");
    assertThat(message(validate(form("SQ-2026-0001", "张三", "13800138000", "异".repeat(3000), true, null)), "facts"))
        .startsWith("不超过 2000 个字，当前为 3000 个字");
    assertThat(validate(form("SQ-2026-0001", "张三", "13800138000", "异".repeat(2000), true, null)).problems()).isEmpty();
    assertThat(validate(form("SQ-2026-0001", "张三", "13800138000", "异".repeat(10), true, null)).problems()).isEmpty();
    // CRLF counts as one character, as the browser's own counter does
    assertThat(validate(form("SQ-2026-0001", "张三", "13800138000", "异\r\n".repeat(1000), true, null)).problems())
        .isEmpty();
    // characters outside the BMP count once
    assertThat(validate(form("SQ-2026-0001", "张三", "13800138000", "\uD840\uDC00".repeat(2000), true, null))
        .problems()).isEmpty();
  }

  @Test
  void markupAndExpressionsInTheFactsAreAcceptedAsText() {
    String facts = "网页上写着 <script>alert('x')</script> 和 ${7*7} 以及 [[${x}]]，与事实不符。";
    ObjectionFormValidator.Result result = validate(form("SQ-2026-0001", "张三", "13800138000", facts, true, null));
    assertThat(result.problems()).isEmpty();
    assertThat(result.objection().facts()).isEqualTo(facts);
  }

  @Test
  void controlCharactersInTheFactsAreRefused() {
    assertThat(message(validate(form("SQ-2026-0001", "张三", "13800138000", FACTS + "\u0000", true, null)), "facts"))
        .contains("控制字符");
    assertThat(validate(form("SQ-2026-0001", "张三", "13800138000", FACTS + "\n\t第二行", true, null)).problems())
        .isEmpty();
  }

  @Test
  void consentIsRequired() {
    assertThat(validate(form("SQ-2026-0001", "张三", "13800138000", FACTS, false, null)).problems())
        .extracting(FieldProblem::field).containsExactly("consent");
  }

  @Test
  void evidenceTypeComesFromTheBytesAndTheNameIsMadeSafe() {
    ObjectionFormValidator.Result png = validate(form("SQ-2026-0001", "张三", "13800138000", FACTS, true,
        new ObjectionForm.Evidence("C:\\Users\\张三\\照片.PNG", PNG.length, PNG)));
    assertThat(png.problems()).isEmpty();
    assertThat(png.objection().evidenceType()).isEqualTo("image/png");
    assertThat(png.objection().evidenceName()).isEqualTo("照片.PNG");
    assertThat(png.objection().evidence()).isEqualTo(PNG);

    ObjectionFormValidator.Result pdf = validate(form("SQ-2026-0001", "张三", "13800138000", FACTS, true,
        new ObjectionForm.Evidence("合同\u202egpj.exe", PDF.length, PDF)));
    assertThat(pdf.objection().evidenceType()).isEqualTo("application/pdf");
    assertThat(pdf.objection().evidenceName()).isEqualTo("合同gpj.exe.pdf");

    ObjectionFormValidator.Result unnamed = validate(form("SQ-2026-0001", "张三", "13800138000", FACTS, true,
        new ObjectionForm.Evidence("../..", PDF.length, PDF)));
    assertThat(unnamed.objection().evidenceName()).isEqualTo("异议证明材料.pdf");
  }

  @Test
  void evidenceOtherThanPdfJpgPngIsRefusedWhateverItsName() {
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    assertThat(message(validate(form("SQ-2026-0001", "张三", "13800138000", FACTS, true,
        new ObjectionForm.Evidence("证明.pdf", html.length, html))), "evidence"))
        .startsWith("仅支持 PDF、JPG、PNG 文件");
  }

  @Test
  void evidenceIsAtMostTenMegabytesAndNotEmpty() {
    long limit = ObjectionFormValidator.MAX_EVIDENCE_BYTES;
    assertThat(limit).isEqualTo(10 * 1024 * 1024);
    assertThat(message(validate(form("SQ-2026-0001", "张三", "13800138000", FACTS, true,
        new ObjectionForm.Evidence("big.pdf", limit + 1, null))), "evidence"))
        .isEqualTo("文件大小为 10.1 MB，超过 10 MB 的上限，请压缩后重新选择");
    byte[] atLimit = new byte[(int) limit];
    System.arraycopy(PDF, 0, atLimit, 0, PDF.length);
    assertThat(validate(form("SQ-2026-0001", "张三", "13800138000", FACTS, true,
        new ObjectionForm.Evidence("big.pdf", limit, atLimit))).problems()).isEmpty();
    assertThat(message(validate(form("SQ-2026-0001", "张三", "13800138000", FACTS, true,
        new ObjectionForm.Evidence("empty.pdf", 0, new byte[0]))), "evidence")).contains("文件为空");
  }

  private static ObjectionForm form(String number, String name, String mobile, String facts, boolean consent,
      ObjectionForm.Evidence evidence) {
    return new ObjectionForm(number, name, mobile, facts, consent, evidence);
  }

  private static ObjectionFormValidator.Result validate(ObjectionForm form) {
    return ObjectionFormValidator.validate(form, LISTED, "127.0.0.1");
  }

  private static String message(ObjectionFormValidator.Result result, String field) {
    assertThat(result.objection()).isNull();
    return result.problems().stream().filter(p -> p.field().equals(field)).map(FieldProblem::message).findFirst()
        .orElseThrow(() -> new AssertionError("no problem with " + field + " in " + result.problems()));
  }
}
