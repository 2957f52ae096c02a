package cn.szftu.studio.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

class AttachmentDispositionTest {

  @Test
  void chineseNameIsEncodedPerRfc5987WithAnAsciiFallback() {
    assertThat(AttachmentDisposition.of("荣誉证书 2019.pdf")).isEqualTo(
        "attachment; filename=\"_ 2019.pdf\"; filename*=UTF-8''%E8%8D%A3%E8%AA%89%E8%AF%81%E4%B9%A6%202019.pdf");
  }

  @Test
  void quotesAndBackslashesCannotBreakTheHeader() {
    assertThat(AttachmentDisposition.of("a\"b\\c;d.pdf"))
        .isEqualTo("attachment; filename=\"a_b_c;d.pdf\"; filename*=UTF-8''a%22b%5Cc%3Bd.pdf");
  }

  @Test
  void springParsesTheHeaderBackToTheOriginalName() {
    ContentDisposition parsed = ContentDisposition.parse(AttachmentDisposition.of("南山精工·证明（一）.png"));
    assertThat(parsed.isAttachment()).isTrue();
    assertThat(parsed.getFilename()).isEqualTo("南山精工·证明（一）.png");
  }
}
