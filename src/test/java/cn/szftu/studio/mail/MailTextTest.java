package cn.szftu.studio.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MailTextTest {

  final MailText text = new MailText("https://studio.example.cn/");

  @Test
  void aTaskMailGreetsByNameAndLinksToTheTaskInTasklist() {
    Notification notification = Notification.aboutTask("k", "新的待办：推荐单位审核",
        "您有一项新的待办任务：推荐单位审核\n编号：SQ-2026-0001\n", "6b1c-42");

    assertThat(text.body("李敏", notification)).isEqualTo("""
        李敏，您好：

        您有一项新的待办任务：推荐单位审核
        编号：SQ-2026-0001

        办理任务：https://studio.example.cn/camunda/app/tasklist/default/#/?task=6b1c-42

        此邮件由深圳市示范性劳模和工匠人才创新工作室管理系统自动发送，请勿直接回复。
        """);
  }

  @Test
  void aGeneralMailLinksToTasklist() {
    assertThat(text.body("王芳", Notification.general("k", "年度报告提醒", "请提交年度报告。")))
        .contains("请提交年度报告。\n\n登录系统：https://studio.example.cn/camunda/app/tasklist/default/\n")
        .doesNotContain("?task=");
  }

  @Test
  void subjectsAreOneLineWithThePrefixAndCutWhenTooLong() {
    assertThat(text.subject(Notification.general("k", "任务已逾期：\r\n补正申报材料", "b")))
        .isEqualTo("【创新工作室】任务已逾期： 补正申报材料");
    String subject = text.subject(Notification.general("k", "长".repeat(500), "b"));
    assertThat(subject).hasSize(MailText.MAX_SUBJECT_LENGTH).endsWith("…");
  }

  @Test
  void overlongMessagesAreRefused() {
    Notification tooLong = Notification.general("k", "s", "字".repeat(MailText.MAX_BODY_LENGTH + 1));
    assertThatThrownBy(() -> text.body("王芳", tooLong)).isInstanceOf(IllegalArgumentException.class);
  }
}
