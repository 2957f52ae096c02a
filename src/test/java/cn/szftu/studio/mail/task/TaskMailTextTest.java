package cn.szftu.studio.mail.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.mail.Notification;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskMailTextTest {

  static final TaskFacts CORRECTION = new TaskFacts("t-1", "补正申报材料", "命名申报", "SQ-2026-0007",
      Instant.parse("2026-12-09T16:00:00Z"), "applicant1", Set.of(), Set.of("unit-ns-precision"));

  @Test
  void aNewTaskMailNamesTheTaskTheProcessTheCaseAndTheDeadline() {
    Notification mail = TaskMailText.newTask(CORRECTION);

    assertThat(mail.key()).isEqualTo("task-new:t-1");
    assertThat(mail.subject()).isEqualTo("新的待办：补正申报材料");
    assertThat(mail.taskId()).isEqualTo("t-1");
    // 2026-12-10 00:00 Beijing time: the period ends with the 9th
    assertThat(mail.body()).isEqualTo("""
        您有一项新的待办任务：补正申报材料
        流程：命名申报
        编号：SQ-2026-0007
        办理期限：2026年12月9日 24:00 前
        """);
  }

  @Test
  void anOverdueMailHasItsOwnKeyAndSubject() {
    Notification mail = TaskMailText.overdue(CORRECTION);

    assertThat(mail.key()).isEqualTo("task-overdue:t-1").isNotEqualTo(TaskMailText.newTaskKey("t-1"));
    assertThat(mail.subject()).isEqualTo("任务已逾期：补正申报材料");
    assertThat(mail.body()).startsWith("您的待办任务已超过办理期限，请尽快办理：补正申报材料\n");
  }

  @Test
  void whatATaskDoesNotHaveIsLeftOut() {
    TaskFacts bare = new TaskFacts("t-2", null, null, null, null, null, Set.of(), Set.of());

    assertThat(TaskMailText.newTask(bare).subject()).isEqualTo("新的待办：待办任务");
    assertThat(TaskMailText.newTask(bare).body()).isEqualTo("您有一项新的待办任务：待办任务\n");
  }

  @Test
  void aDeadlineWithATimeShowsTheTime() {
    assertThat(TaskMailText.deadline(Instant.parse("2026-12-09T10:30:00Z"))).isEqualTo("2026年12月9日 18:30 前");
  }
}
