package cn.szftu.studio.notice.web;

import cn.szftu.studio.DisplayDates;
import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.notice.NewObjection;
import cn.szftu.studio.notice.Objection;
import cn.szftu.studio.notice.ObjectionRefusedException;
import cn.szftu.studio.notice.ObjectionService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 公示: the public notice page and its real-name objection form, open to anyone without login (PublicPaths allows
 * {@code /public/**}). The form posts multipart with Spring Security's CSRF token; nothing is stored unless every field
 * passes, the address is within its limits and the notice accepts the objection.
 */
@Controller
@RequestMapping(PublicNoticeController.PAGE)
class PublicNoticeController {

  static final String PAGE = "/public/notice";
  static final String OBJECTIONS = PAGE + "/objections";
  static final String LODGED = OBJECTIONS + "/lodged";
  static final String LODGED_VIEW = "public-notice-lodged";

  private static final int REMOTE_ADDRESS_LENGTH = 64;
  private static final Logger LOG = LoggerFactory.getLogger(PublicNoticeController.class);

  private final NoticePages pages;
  private final ObjectionService objections;
  private final ObjectionRateLimit rateLimit;

  PublicNoticeController(NoticePages pages, ObjectionService objections, ObjectionRateLimit rateLimit) {
    this.pages = pages;
    this.objections = objections;
    this.rateLimit = rateLimit;
  }

  @GetMapping
  ModelAndView show(@RequestParam(name = "studio", required = false) String studio) {
    return pages.page(ObjectionForm.empty(studio));
  }

  @PostMapping("/objections")
  ModelAndView lodge(@RequestParam(name = "applicationNumber", required = false) String applicationNumber,
      @RequestParam(name = "objectorName", required = false) String objectorName,
      @RequestParam(name = "objectorMobile", required = false) String objectorMobile,
      @RequestParam(name = "facts", required = false) String facts,
      @RequestParam(name = "consent", defaultValue = "false") boolean consent,
      @RequestParam(name = "evidence", required = false) MultipartFile evidence,
      HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) throws IOException {
    String remoteAddress = remoteAddress(request);
    ObjectionForm form = new ObjectionForm(applicationNumber, objectorName, objectorMobile, facts, consent,
        evidence(evidence));
    Optional<NoticeView> notice = pages.current();

    Optional<String> limited = rateLimit.refusal(remoteAddress);
    if (limited.isPresent()) {
      response.setHeader(HttpHeaders.RETRY_AFTER, limited.get().equals(ObjectionRateLimit.TOO_FAST) ? "60" : "3600");
      return pages.refused(HttpStatus.TOO_MANY_REQUESTS, notice, form,
          List.of(new FieldProblem("remoteAddress", "提交次数", limited.get())), chooseFileAgain(form));
    }

    List<String> listed = notice.map(NoticeView::numbers).orElse(List.of());
    ObjectionFormValidator.Result result = ObjectionFormValidator.validate(form, listed, remoteAddress);
    if (!result.accepted()) {
      HttpStatus status = listed.isEmpty() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
      return pages.refused(status, notice, form, result.problems(), chooseFileAgain(form));
    }

    try {
      Objection stored = objections.lodge(result.objection());
      LOG.info("objection {} lodged against {} in batch {}", stored.getReference(), applicationNumber.strip(),
          stored.getBatchCode());
      NoticeView.Row studio = notice.map(n -> n.studio(result.objection().applicationNumber())).orElse(null);
      flash.addFlashAttribute("reference", stored.getReference());
      // Flash attributes live in the session: plain strings only.
      flash.addFlashAttribute("studio", studio == null ? result.objection().applicationNumber() : studio.optionText());
      if (studio != null) {
        flash.addFlashAttribute("unionName", studio.unionName());
      }
      flash.addFlashAttribute("lodgedAt", DisplayDates.dateTime(stored.getLodgedAt()));
      flash.addFlashAttribute("withEvidence", stored.getEvidenceName() != null);
      return new ModelAndView("redirect:" + LODGED);
    } catch (ObjectionRefusedException e) {
      return pages.refused(HttpStatus.CONFLICT, pages.current(), form,
          List.of(new FieldProblem(e.field(), label(e.field()), e.getMessage())), chooseFileAgain(form));
    } catch (MismatchingMessageCorrelationException e) {
      // The batch lists the studio but its application process cannot take an objection: nothing was stored.
      LOG.error("objection against {} refused: the application's process does not accept {}",
          result.objection().applicationNumber(), e.getMessage());
      return pages.refused(HttpStatus.SERVICE_UNAVAILABLE, notice, form, List.of(new FieldProblem(
          ObjectionFormValidator.FIELD_STUDIO, ObjectionFormValidator.LABEL_STUDIO,
          "系统暂时无法受理对该工作室的异议，本次异议未保存。请稍后再试，或直接向市总工会反映")),
          chooseFileAgain(form));
    }
  }

  /** The confirmation after a redirect; without its flash attributes (reloaded, bookmarked) back to the notice. */
  @GetMapping("/objections/lodged")
  String lodged(Model model) {
    return model.containsAttribute("reference") ? LODGED_VIEW : "redirect:" + PAGE;
  }

  /** Browsers cannot refill a file input: say so when the refused form had a file. */
  private static String chooseFileAgain(ObjectionForm form) {
    return form.evidence() == null ? null : "出于安全原因，浏览器不会保留已选择的文件；如需附证明材料，请重新选择文件。";
  }

  private static ObjectionForm.Evidence evidence(MultipartFile file) throws IOException {
    if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null
        || file.getOriginalFilename().isBlank()))) {
      return null;
    }
    long size = file.getSize();
    byte[] content = size > 0 && size <= ObjectionFormValidator.MAX_EVIDENCE_BYTES ? file.getBytes() : null;
    return new ObjectionForm.Evidence(file.getOriginalFilename(), size, content);
  }

  private static String remoteAddress(HttpServletRequest request) {
    String address = String.valueOf(request.getRemoteAddr());
    return address.length() <= REMOTE_ADDRESS_LENGTH ? address : address.substring(0, REMOTE_ADDRESS_LENGTH);
  }

  private static String label(String field) {
    return Map.of(ObjectionFormValidator.FIELD_STUDIO, ObjectionFormValidator.LABEL_STUDIO,
        ObjectionFormValidator.FIELD_NAME, ObjectionFormValidator.LABEL_NAME,
        ObjectionFormValidator.FIELD_MOBILE, ObjectionFormValidator.LABEL_MOBILE,
        ObjectionFormValidator.FIELD_FACTS, ObjectionFormValidator.LABEL_FACTS).getOrDefault(field, "异议");
  }
}
