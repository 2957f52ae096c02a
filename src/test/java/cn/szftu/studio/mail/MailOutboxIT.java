package cn.szftu.studio.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.szftu.studio.support.PostgresIntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Queuing: one row per recipient with an address, once per key and user, only when the caller commits. */
class MailOutboxIT extends PostgresIntegrationTest {

  @Autowired
  Notifications notifications;
  @Autowired
  MailSettings settings;
  @Autowired
  OutboxMailRepository outbox;
  @Autowired
  IdentityService identity;
  @Autowired
  TransactionTemplate transactions;

  @Test
  void queuesOneRenderedMailPerUserWithAnAddress() {
    String wang = MailUsers.user(identity, "mail-wang", "王", "芳");
    String nobody = MailUsers.userWithoutAddress(identity, "mail-noaddr");
    String key = MailUsers.unique("test-users");

    notifications.toUsers(List.of(wang, nobody, "no-such-user", wang),
        Notification.general(key, "年度报告提醒", "请于 12 月 31 日前提交年度报告。"));

    List<OutboxMail> rows = outbox.findByDedupKeyOrderByIdAsc(key);
    assertThat(rows).extracting(OutboxMail::getRecipientUserId, OutboxMail::getRecipientAddress,
        OutboxMail::getStatus, OutboxMail::getAttempts)
        .containsExactly(tuple(wang, MailUsers.address(wang), MailStatus.PENDING, 0));
    OutboxMail row = rows.get(0);
    assertThat(row.getSubject()).isEqualTo("【创新工作室】年度报告提醒");
    assertThat(row.getBody()).startsWith("王芳，您好：").contains("请于 12 月 31 日前提交年度报告。")
        .contains("登录系统：" + settings.baseUrl() + "/camunda/app/tasklist/default/");
    assertThat(row.getTaskId()).isNull();
  }

  @Test
  void theSameKeyTwiceForTheSameUserQueuesOneMail() {
    String li = MailUsers.user(identity, "mail-li", "李", "敏");
    String zhang = MailUsers.user(identity, "mail-zhang", "张", "强");
    String key = MailUsers.unique("test-twice");
    Notification notification = Notification.aboutTask(key, "新的待办：测试任务", "请办理。", "task-1");

    notifications.toUsers(List.of(li), notification);
    transactions.executeWithoutResult(tx -> {
      notifications.toUsers(List.of(li, zhang), notification);
      notifications.toUsers(List.of(zhang), notification);
    });

    assertThat(outbox.findByDedupKeyOrderByIdAsc(key)).extracting(OutboxMail::getRecipientUserId)
        .containsExactly(li, zhang);
  }

  @Test
  void groupMembersGetOneMailEachEvenInTwoGroups() {
    String chen = MailUsers.user(identity, "mail-chen", "陈", "建国");
    String zhao = MailUsers.user(identity, "mail-zhao", "赵", "丽华");
    String silent = MailUsers.userWithoutAddress(identity, "mail-silent");
    String first = MailUsers.group(identity, "mail-group", chen, zhao, silent);
    String second = MailUsers.group(identity, "mail-group", chen);
    String key = MailUsers.unique("test-groups");

    notifications.toGroups(List.of(first, second), Notification.general(key, "通知", "内容"));

    assertThat(outbox.findByDedupKeyOrderByIdAsc(key)).extracting(OutboxMail::getRecipientUserId)
        .containsExactlyInAnyOrder(chen, zhao);
  }

  @Test
  void aRolledBackCallerQueuesNothing() {
    String wu = MailUsers.user(identity, "mail-wu", "吴", "建平");
    String key = MailUsers.unique("test-rollback");

    assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
      notifications.toUsers(List.of(wu), Notification.general(key, "通知", "内容"));
      throw new IllegalStateException("the caller's business change fails");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(outbox.findByDedupKeyOrderByIdAsc(key)).isEmpty();
  }
}
