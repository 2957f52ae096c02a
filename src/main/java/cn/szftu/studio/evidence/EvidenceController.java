package cn.szftu.studio.evidence;

import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Upload, download and removal of evidence files. Changes redirect back to the application's page with a flash
 * message (the attribute names are the ones application-detail.html shows: notice, problems, description).
 */
@Controller
@RequestMapping("/applications/{number}/evidence")
class EvidenceController {

  static final String DETAIL_PAGE = "redirect:/applications/{number}";

  private final EvidenceService evidence;

  EvidenceController(EvidenceService evidence) {
    this.evidence = evidence;
  }

  @PostMapping
  String upload(@PathVariable String number, @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "description", required = false) String description, Authentication user,
      RedirectAttributes flash) throws IOException {
    EvidenceUpload upload = new EvidenceUpload(file == null ? null : file.getOriginalFilename(),
        file == null ? null : file.getBytes(), description);
    try {
      EvidenceSummary stored = evidence.upload(number, user.getName(), upload);
      flash.addFlashAttribute("notice", "已上传证明材料“" + stored.fileName() + "”（" + stored.sizeText() + "）。");
    } catch (InvalidSubmissionException e) {
      flash.addFlashAttribute("problems", e.problems().stream().map(FieldProblem::toString).toList());
      flash.addFlashAttribute("description", description);
    }
    return DETAIL_PAGE;
  }

  @GetMapping("/{fileId}")
  ResponseEntity<byte[]> download(@PathVariable String number, @PathVariable String fileId, Authentication user) {
    EvidenceFile file = evidence.download(number, fileId, user.getName());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.getContentType()))
        .contentLength(file.getSizeBytes())
        .header(HttpHeaders.CONTENT_DISPOSITION, AttachmentDisposition.of(file.getOriginalName()))
        .header("X-Content-Type-Options", "nosniff")
        .body(file.getContent());
  }

  @PostMapping("/{fileId}/delete")
  String delete(@PathVariable String number, @PathVariable String fileId, Authentication user,
      RedirectAttributes flash) {
    try {
      flash.addFlashAttribute("notice", "已删除证明材料“" + evidence.delete(number, fileId, user.getName()) + "”。");
    } catch (InvalidSubmissionException e) {
      flash.addFlashAttribute("problems", e.problems().stream().map(FieldProblem::toString).toList());
    }
    return DETAIL_PAGE;
  }
}
