package cn.szftu.studio.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageIdsTest {

  @Test
  void theSameRowHasTheSameIdEveryTime() {
    String first = MessageIds.of(42, "task-new:abc", "nanshan", "noreply@szftu.example.cn");
    assertThat(first).isEqualTo(MessageIds.of(42, "task-new:abc", "nanshan", "noreply@szftu.example.cn"))
        .matches("<studio-mail\\.42\\.[0-9a-f]{16}@szftu\\.example\\.cn>");
  }

  @Test
  void differentMailsHaveDifferentIdsEvenWithTheSameRowNumber() {
    assertThat(MessageIds.of(42, "task-new:abc", "nanshan", "a@b.cn"))
        .isNotEqualTo(MessageIds.of(42, "task-new:abc", "futian", "a@b.cn"))
        .isNotEqualTo(MessageIds.of(42, "task-overdue:abc", "nanshan", "a@b.cn"))
        .isNotEqualTo(MessageIds.of(43, "task-new:abc", "nanshan", "a@b.cn"));
  }

  @Test
  void aSenderWithoutDomainStillGivesAValidId() {
    assertThat(MessageIds.of(1, "k", "u", "noreply")).endsWith("@studio.invalid>");
  }
}
