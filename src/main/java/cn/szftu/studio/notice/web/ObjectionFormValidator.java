package cn.szftu.studio.notice.web;

import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.evidence.EvidenceType;
import cn.szftu.studio.evidence.FileNames;
import cn.szftu.studio.evidence.FileSizes;
import cn.szftu.studio.notice.NewObjection;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The server-side check of every field of the public objection form. Nothing here trusts the browser: the page's
 * required/maxlength/pattern attributes are a convenience only.
 *
 * <p>Text is plain text. The facts may contain anything a person can type, including {@code <script>} or
 * {@code ${...}}: they are facts (someone may quote a web page) and are stored verbatim, and every page shows them
 * with {@code th:text}, i.e. escaped, never as HTML or as an expression. The only changes are line endings (CRLF to
 * LF, as browsers send textareas) and surrounding white space. Control characters other than line feed and tab are
 * refused, as PostgreSQL cannot store NUL. The name is a real name: Chinese characters or letters with a middle dot
 * or single spaces between parts, so markup cannot appear in it at all.
 */
public final class ObjectionFormValidator {

  public static final int NAME_MIN = 2;
  public static final int NAME_MAX = 30;
  public static final int FACTS_MIN = 10;
  public static final int FACTS_MAX = 2000;
  /** 10 MB in the sense of Spring's multipart limits (MiB); the multipart limit (20MB) must stay above it. */
  public static final long MAX_EVIDENCE_BYTES = 10L * 1024 * 1024;
  /** Stored name of an objection's evidence file: the evidence package's rules, this length and fallback. */
  static final int EVIDENCE_NAME_LENGTH = 100;
  static final String EVIDENCE_FALLBACK_NAME = "异议证明材料";

  static final String FIELD_STUDIO = "applicationNumber";
  static final String FIELD_NAME = "objectorName";
  static final String FIELD_MOBILE = "objectorMobile";
  static final String FIELD_FACTS = "facts";
  static final String FIELD_EVIDENCE = "evidence";
  static final String FIELD_CONSENT = "consent";

  static final String LABEL_STUDIO = "异议对象";
  static final String LABEL_NAME = "姓名";
  static final String LABEL_MOBILE = "手机号码";
  static final String LABEL_FACTS = "异议事实和理由";
  static final String LABEL_EVIDENCE = "证明材料";
  static final String LABEL_CONSENT = "实名承诺";

  /** Mainland mobile numbers: 11 digits, 13x to 19x. */
  static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  /** Parts of Chinese characters or letters, joined by one middle dot (买买提·艾力) or one space (Li Ming). */
  static final Pattern NAME = Pattern.compile(
      "[\\p{IsHan}\\p{IsLatin}]+(?:[\\u00B7\\u2027\\u2022\\u30FB ][\\p{IsHan}\\p{IsLatin}]+)*");

  private ObjectionFormValidator() {
  }

  /** Either the problems (Chinese, one per field at most) or the objection to lodge; never both. */
  public record Result(List<FieldProblem> problems, NewObjection objection) {
    public boolean accepted() {
      return problems.isEmpty();
    }
  }

  /**
   * Checks the form against the studios on the notice now (empty when no notice is running); the remote address is
   * recorded with the objection.
   */
  public static Result validate(ObjectionForm form, Collection<String> listedNumbers, String remoteAddress) {
    List<FieldProblem> problems = new ArrayList<>();
    String number = trimmed(form.applicationNumber());
    if (listedNumbers.isEmpty()) {
      problems.add(new FieldProblem(FIELD_STUDIO, LABEL_STUDIO, "当前没有正在公示的名单，公示期外不受理异议"));
    } else if (number.isEmpty()) {
      problems.add(new FieldProblem(FIELD_STUDIO, LABEL_STUDIO, "请选择要提出异议的工作室"));
    } else if (!listedNumbers.contains(number)) {
      problems.add(new FieldProblem(FIELD_STUDIO, LABEL_STUDIO, "所选工作室不在当前公示名单中，请从名单中重新选择"));
    }

    String name = trimmed(form.objectorName());
    nameProblem(name).ifPresent(m -> problems.add(new FieldProblem(FIELD_NAME, LABEL_NAME, m)));

    String mobile = normalisedMobile(form.objectorMobile());
    if (mobile.isEmpty()) {
      problems.add(new FieldProblem(FIELD_MOBILE, LABEL_MOBILE, "请填写手机号码，以便告知核查结果"));
    } else if (!MOBILE.matcher(mobile).matches()) {
      problems.add(new FieldProblem(FIELD_MOBILE, LABEL_MOBILE, "应为 11 位中国大陆手机号码，如 13800138000"));
    }

    String facts = normalisedFacts(form.facts());
    factsProblem(facts).ifPresent(m -> problems.add(new FieldProblem(FIELD_FACTS, LABEL_FACTS, m)));

    EvidenceType type = null;
    ObjectionForm.Evidence evidence = form.evidence();
    if (evidence != null) {
      Optional<String> problem = evidenceProblem(evidence);
      if (problem.isPresent()) {
        problems.add(new FieldProblem(FIELD_EVIDENCE, LABEL_EVIDENCE, problem.get()));
      } else {
        type = EvidenceType.detect(evidence.content()).orElseThrow();
      }
    }

    if (!form.consent()) {
      problems.add(new FieldProblem(FIELD_CONSENT, LABEL_CONSENT,
          "请勾选承诺：本异议以真实姓名提出，所反映的情况真实"));
    }
    if (!problems.isEmpty()) {
      return new Result(List.copyOf(problems), null);
    }
    return new Result(List.of(), new NewObjection(number, name, mobile, facts,
        type == null ? null : evidence.content(),
        type == null ? null : FileNames.sanitise(evidence.fileName(), type, EVIDENCE_FALLBACK_NAME, EVIDENCE_NAME_LENGTH),
        type == null ? null : type.contentType(), remoteAddress));
  }

  private static Optional<String> nameProblem(String name) {
    if (name.isEmpty()) {
      return Optional.of("请填写真实姓名（异议须实名提出）");
    }
    int length = name.codePointCount(0, name.length());
    if (length < NAME_MIN || length > NAME_MAX) {
      return Optional.of("应为 " + NAME_MIN + " 至 " + NAME_MAX + " 个字，当前为 " + length + " 个字");
    }
    if (!NAME.matcher(name).matches()) {
      return Optional.of("只能包含汉字、英文字母和间隔号“·”（如“买买提·艾力”），请填写真实姓名");
    }
    return Optional.empty();
  }

  private static Optional<String> factsProblem(String facts) {
    if (facts.isEmpty()) {
      return Optional.of("请写明异议的具体事实和理由");
    }
    if (facts.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
      return Optional.of("含有无法显示的控制字符，请删除后重新提交（可重新输入或粘贴为纯文本）");
    }
    int length = facts.codePointCount(0, facts.length());
    if (length < FACTS_MIN) {
      return Optional.of("至少 " + FACTS_MIN + " 个字，当前为 " + length + " 个字，请写明具体事实和理由");
    }
    if (length > FACTS_MAX) {
      return Optional.of("不超过 " + FACTS_MAX + " 个字，当前为 " + length + " 个字；请精简，详细情况可作为证明材料上传");
    }
    return Optional.empty();
  }

  private static Optional<String> evidenceProblem(ObjectionForm.Evidence evidence) {
    if (evidence.size() <= 0) {
      return Optional.of("所选文件为空（0 字节），请重新选择文件，或不附证明材料");
    }
    if (evidence.size() > MAX_EVIDENCE_BYTES || evidence.content() == null) {
      return Optional.of("文件大小为 " + FileSizes.textRoundedUp(evidence.size()) + "，超过 "
          + FileSizes.text(MAX_EVIDENCE_BYTES) + " 的上限，请压缩后重新选择");
    }
    if (EvidenceType.detect(evidence.content()).isEmpty()) {
      return Optional.of("仅支持 PDF、JPG、PNG 文件，所选文件的内容不是这几种格式之一（以文件内容为准，与文件名无关）");
    }
    return Optional.empty();
  }

  /** The one sentence of the page and the error page on the evidence limit. */
  public static String evidenceLimitText() {
    return "可选；支持 PDF、JPG、PNG 文件，不超过 " + FileSizes.text(MAX_EVIDENCE_BYTES) + "。";
  }

  private static String trimmed(String value) {
    return value == null ? "" : value.strip();
  }

  /** Full-width digits become ASCII; spaces and hyphens people type between digit groups are dropped. */
  static String normalisedMobile(String value) {
    String mobile = Normalizer.normalize(trimmed(value), Normalizer.Form.NFKC).replaceAll("[\\s-]", "");
    return mobile.startsWith("+86") ? mobile.substring(3) : mobile;
  }

  /** Line endings as LF and no surrounding white space; the text itself is kept verbatim. */
  static String normalisedFacts(String value) {
    return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').strip();
  }
}
