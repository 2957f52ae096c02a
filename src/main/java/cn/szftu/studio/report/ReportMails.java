package cn.szftu.studio.report;

import cn.szftu.studio.DisplayDates;
import cn.szftu.studio.mail.Notification;
import cn.szftu.studio.mail.Notifications;
import cn.szftu.studio.organisation.Organisation;
import cn.szftu.studio.organisation.OrganisationRepository;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.security.Groups;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The mails of an annual report: reminders to the host unit before the due date, and after it the overdue notice to
 * the unit and the follow-up request to the recommending union. Keys make each mail unique, so a retried job sends
 * nothing twice.
 */
@Component
public class ReportMails {

  static final String SIGNATURE = "\n\n深圳市总工会劳动和经济工作部\n（本邮件由系统自动发送，请勿直接回复）";

  private final Notifications notifications;
  private final OrganisationRepository organisations;
  private final ReportSchedule schedule;

  public ReportMails(Notifications notifications, OrganisationRepository organisations, ReportSchedule schedule) {
    this.notifications = notifications;
    this.organisations = organisations;
    this.schedule = schedule;
  }

  /** Key of a reminder: one per report and reminder day. */
  public static String reminderKey(AnnualReport report, Instant reminderAt) {
    return "annual-report/" + report.getId() + "/reminder/" + ReportSchedule.day(reminderAt);
  }

  public static String overdueUnitKey(AnnualReport report) {
    return "annual-report/" + report.getId() + "/overdue/" + report.getEscalations() + "/unit";
  }

  public static String overdueUnionKey(AnnualReport report) {
    return "annual-report/" + report.getId() + "/overdue/" + report.getEscalations() + "/union";
  }

  public void reminder(AnnualReport report, Studio studio, Instant reminderAt, String fileTaskId) {
    long left = schedule.workingDaysLeft(reminderAt, report.getDueAt());
    String due = DisplayDates.dateTime(report.getDueAt());
    notifications.toGroups(List.of(Groups.unitGroup(studio.getHostUnitCode())), Notification.aboutTask(
        reminderKey(report, reminderAt),
        "【年度报告提醒】请于" + due + "前报送" + studio.getStudioName() + report.getReportYear() + "年度报告",
        studio.getHostUnitName() + "：\n\n" + studio.getStudioName() + "（命名编号 " + studio.getNamingNumber() + "）"
            + report.getReportYear() + " 年度报告的报送截止时间为 " + due + "，距截止还有 " + left + " 个工作日。"
            + "请登录系统，在待办任务“填报年度报告”中填写并提交。\n\n逾期未报送的，系统将通知推荐单位督促报送，"
            + "年度报告将记录为逾期报送。" + SIGNATURE,
        fileTaskId));
  }

  public void overdueToUnit(AnnualReport report, Studio studio, String fileTaskId) {
    notifications.toGroups(List.of(Groups.unitGroup(studio.getHostUnitCode())), Notification.aboutTask(
        overdueUnitKey(report),
        "【年度报告逾期】" + studio.getStudioName() + report.getReportYear() + "年度报告已逾期，请尽快补报",
        studio.getHostUnitName() + "：\n\n" + studio.getStudioName() + "（命名编号 " + studio.getNamingNumber() + "）"
            + report.getReportYear() + " 年度报告的报送截止时间 " + DisplayDates.dateTime(report.getDueAt())
            + " 已过，至今尚未报送（第 " + report.getEscalations() + " 次通知）。已通知推荐单位"
            + unionName(studio) + "督促报送。请尽快在待办任务“填报年度报告”中补报；年度报告将记录为逾期报送。"
            + SIGNATURE,
        fileTaskId));
  }

  public void overdueToUnion(AnnualReport report, Studio studio, String followUpTaskId) {
    notifications.toGroups(List.of(Groups.unionGroup(studio.getUnionCode())), Notification.aboutTask(
        overdueUnionKey(report),
        "【督促报送】" + studio.getStudioName() + "未按期报送" + report.getReportYear() + "年度报告",
        unionName(studio) + "：\n\n贵单位推荐的" + studio.getStudioName() + "（命名编号 " + studio.getNamingNumber()
            + "，所在单位 " + studio.getHostUnitName() + "）" + report.getReportYear() + " 年度报告的报送截止时间 "
            + DisplayDates.dateTime(report.getDueAt()) + " 已过，至今尚未报送（第 " + report.getEscalations()
            + " 次通知）。请督促所在单位尽快补报，并在待办任务“督促报送”中记录督促情况；确认无法报送的，"
            + "可在该任务中结束本年度报告（记为未报送）。" + SIGNATURE,
        followUpTaskId));
  }

  String unionName(Studio studio) {
    return organisations.findById(studio.getUnionCode()).map(Organisation::getName).orElse(studio.getUnionCode());
  }
}
