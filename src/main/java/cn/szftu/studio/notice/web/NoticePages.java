package cn.szftu.studio.notice.web;

import cn.szftu.studio.DisplayDates;
import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.calendar.WorkingDays;
import cn.szftu.studio.notice.NoticeBoard;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** Builds the public notice page (template public-notice.html): the running notice, the form and any refusal. */
@Component
class NoticePages {

  static final String VIEW = "public-notice";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final String NONE = "—";

  private final NoticeBoard board;
  private final WorkingDays workingDays;

  NoticePages(NoticeBoard board, WorkingDays workingDays) {
    this.board = board;
    this.workingDays = workingDays;
  }

  /** The notice running now, if any. */
  Optional<NoticeView> current() {
    return board.current().map(this::view);
  }

  /** The page with an empty form. */
  ModelAndView page(ObjectionForm form) {
    return page(HttpStatus.OK, current(), form, List.of(), null);
  }

  /**
   * The page again after a refusal, with the form as it was sent and the problems named field by field.
   * {@code note} is an extra sentence under the problems (e.g. that a chosen file must be chosen again).
   */
  ModelAndView refused(HttpStatus status, Optional<NoticeView> notice, ObjectionForm form, List<FieldProblem> problems,
      String note) {
    return page(status, notice, form, problems, note);
  }

  private ModelAndView page(HttpStatus status, Optional<NoticeView> notice, ObjectionForm form,
      List<FieldProblem> problems, String note) {
    ModelAndView page = new ModelAndView(VIEW, status);
    page.addObject("notice", notice.orElse(null));
    page.addObject("form", form);
    page.addObject("evidenceLimit", ObjectionFormValidator.evidenceLimitText());
    page.addObject("perHour", ObjectionRateLimit.PER_HOUR);
    page.addObject("nameMax", ObjectionFormValidator.NAME_MAX);
    page.addObject("factsMin", ObjectionFormValidator.FACTS_MIN);
    page.addObject("factsMax", ObjectionFormValidator.FACTS_MAX);
    if (!problems.isEmpty()) {
      page.addObject("problems", problems);
      Map<String, String> byField = new LinkedHashMap<>();
      problems.forEach(p -> byField.merge(p.field(), p.message(), (a, b) -> a + "；" + b));
      page.addObject("fieldErrors", byField);
      page.addObject("problemNote", note);
      page.addObject("problemsTitle", status == HttpStatus.BAD_REQUEST ? "异议未提交，请修改以下内容后重新提交："
          : "异议未提交：");
    } else {
      page.addObject("fieldErrors", Map.of());
    }
    return page;
  }

  private NoticeView view(NoticeBoard.Notice notice) {
    long days = workingDays.workingDaysBetween(notice.firstDay().minusDays(1), notice.lastDay());
    String period = "公示期：" + DAY.format(notice.firstDay()) + "至" + DAY.format(notice.lastDay()) + "（" + days
        + " 个工作日）";
    List<NoticeView.Row> rows = notice.studios().stream().map(s -> new NoticeView.Row(s.applicationNumber(),
        s.rank() == null ? NONE : String.valueOf(s.rank()), s.studioName(), s.leaderName(), s.hostUnitName(),
        s.unionName(), score(s.panelScore()))).toList();
    return new NoticeView(notice.batchCode(), notice.batchTitle() + "拟" + notice.outcomeLabel() + "名单公示",
        notice.outcomeLabel(), period, "异议受理截止：" + deadline(notice.endsAt()), rows);
  }

  /** The end of the notice: "2026年12月2日 24:00" when it ends at midnight, as it normally does. */
  static String deadline(Instant endsAt) {
    LocalTime time = endsAt.atZone(WorkingDays.ZONE).toLocalTime();
    return LocalTime.MIDNIGHT.equals(time) ? DisplayDates.lastDay(endsAt) + " 24:00" : DisplayDates.dateTime(endsAt);
  }

  static String day(LocalDate date) {
    return DAY.format(date);
  }

  private static String score(BigDecimal score) {
    return score == null ? NONE : score.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
