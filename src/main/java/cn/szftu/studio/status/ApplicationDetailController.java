package cn.szftu.studio.status;

import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An application's detail page and its withdrawal form; unknown or invisible numbers answer 404. */
@Controller
class ApplicationDetailController {

  private final ApplicationDetails details;
  private final WithdrawalRequest withdrawal;

  ApplicationDetailController(ApplicationDetails details, WithdrawalRequest withdrawal) {
    this.details = details;
    this.withdrawal = withdrawal;
  }

  @GetMapping("/applications/{number}")
  String show(@PathVariable String number, Authentication user, Model model) {
    model.addAttribute("userId", user.getName());
    model.addAttribute("page", details.of(number, user.getName()));
    return "application-detail";
  }

  @PostMapping("/applications/{number}/withdraw")
  String withdraw(@PathVariable String number, @RequestParam(required = false) String reason,
      @RequestParam(name = WithdrawalRequest.FIELD_CONFIRMED, defaultValue = "false") boolean confirmed,
      Authentication user, RedirectAttributes flash) {
    try {
      withdrawal.withdraw(number, user.getName(), reason, confirmed);
      flash.addFlashAttribute("notice", "申报 " + number + " 已撤回。");
    } catch (InvalidSubmissionException e) {
      flash.addFlashAttribute("problems", e.problems().stream().map(FieldProblem::toString).toList());
      flash.addFlashAttribute("reason", reason);
    }
    return "redirect:/applications/{number}";
  }
}
