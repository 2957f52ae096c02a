package cn.szftu.studio.mail.task;

import cn.szftu.studio.ClockConfiguration;
import cn.szftu.studio.mail.Notification;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The task mails' keys and texts: 新的待办 when a task is created or handed to someone, 任务已逾期 once it is overdue. */
public final class TaskMailText {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private TaskMailText() {
  }

  /** One key per task: whoever was told about it once (as candidate, assignee or new assignee) is not told again. */
  public static String newTaskKey(String taskId) {
    return "task-new:" + taskId;
  }

  public static String overdueKey(String taskId) {
    return "task-overdue:" + taskId;
  }

  public static Notification newTask(TaskFacts task) {
    String name = taskName(task);
    return Notification.aboutTask(newTaskKey(task.taskId()), "新的待办：" + name,
        "您有一项新的待办任务：" + name + "\n" + details(task), task.taskId());
  }

  public static Notification overdue(TaskFacts task) {
    String name = taskName(task);
    return Notification.aboutTask(overdueKey(task.taskId()), "任务已逾期：" + name,
        "您的待办任务已超过办理期限，请尽快办理：" + name + "\n" + details(task), task.taskId());
  }

  private static String details(TaskFacts task) {
    StringBuilder text = new StringBuilder();
    if (task.processName() != null && !task.processName().isBlank()) {
      text.append("流程：").append(task.processName().strip()).append('\n');
    }
    if (task.businessKey() != null && !task.businessKey().isBlank()) {
      text.append("编号：").append(task.businessKey().strip()).append('\n');
    }
    if (task.due() != null) {
      text.append("办理期限：").append(deadline(task.due())).append('\n');
    }
    return text.toString();
  }

  private static String taskName(TaskFacts task) {
    return task.taskName() == null || task.taskName().isBlank() ? "待办任务" : task.taskName().strip();
  }

  /**
   * Deadlines of whole days are stored as 00:00 of the day after (see DisplayDates), which reads better as the end of
   * the last day.
   */
  static String deadline(Instant due) {
    ZonedDateTime local = due.atZone(ClockConfiguration.ZONE);
    if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return DAY.format(local.minusDays(1)) + " 24:00 前";
    }
    return DAY_TIME.format(local) + " 前";
  }
}
