package cn.szftu.studio.notice.web;

import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.evidence.FileSizes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * An objection whose file is over Spring's multipart limits (application.yaml) never reaches the controller: the
 * multipart request cannot be parsed, and the generic 413 page would say neither what the limit is nor how to go on.
 * For the objection form only, this answers 413 with the notice page and a Chinese sentence naming the 10 MB limit;
 * other paths keep the default handling. Nothing was read or stored. (The form carries its CSRF token in the action
 * URL as well as in the body, so the token check passes although the body cannot be parsed.)
 */
@Component
class ObjectionUploadTooLarge implements HandlerExceptionResolver, Ordered {

  private final NoticePages pages;

  ObjectionUploadTooLarge(NoticePages pages) {
    this.pages = pages;
  }

  @Override
  public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
      Exception ex) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!(ex instanceof MaxUploadSizeExceededException) || !PublicNoticeController.OBJECTIONS.equals(path)) {
      return null;
    }
    return pages.refused(HttpStatus.PAYLOAD_TOO_LARGE, pages.current(), ObjectionForm.empty(null),
        List.of(new FieldProblem(ObjectionFormValidator.FIELD_EVIDENCE, ObjectionFormValidator.LABEL_EVIDENCE,
            "所选文件超过 " + FileSizes.text(ObjectionFormValidator.MAX_EVIDENCE_BYTES)
                + " 的上限，本次异议未提交。请压缩文件或不附证明材料后重新提交。")),
        "提交的内容过大，服务器未能读取已填写的内容：请返回上一页（浏览器通常会保留已填写的文字），重新选择较小的文件后提交。");
  }

  /** Before Spring MVC's own resolvers, which would answer the generic 413 page. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 100;
  }
}
