package cn.szftu.studio.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void keepsAnOrdinaryChineseName() {
    assertThat(FileNames.sanitise("领衔人荣誉证书.pdf", EvidenceType.PDF)).isEqualTo("领衔人荣誉证书.pdf");
    assertThat(FileNames.sanitise("现场照片 01.JPEG", EvidenceType.JPEG)).isEqualTo("现场照片 01.JPEG");
  }

  @Test
  void dropsAnyPathTheBrowserSent() {
    assertThat(FileNames.sanitise("C:\\Users\\张三\\Desktop\\证书.png", EvidenceType.PNG)).isEqualTo("证书.png");
    assertThat(FileNames.sanitise("../../etc/passwd.pdf", EvidenceType.PDF)).isEqualTo("passwd.pdf");
  }

  @Test
  void extensionFollowsTheContentNotTheName() {
    assertThat(FileNames.sanitise("照片.png", EvidenceType.PDF)).isEqualTo("照片.png.pdf");
    assertThat(FileNames.sanitise("扫描件", EvidenceType.JPEG)).isEqualTo("扫描件.jpg");
  }

  @Test
  void removesControlAndBidiCharactersAndReplacesForbiddenOnes() {
    // U+202E (right-to-left override) would show "x\u202Efdp.exe" as "xexe.pdf"
    assertThat(FileNames.sanitise("x\u202Efdp.exe", EvidenceType.PDF)).isEqualTo("xfdp.exe.pdf");
    assertThat(FileNames.sanitise("a\u0000b\r\nc.pdf", EvidenceType.PDF)).isEqualTo("ab c.pdf");
    assertThat(FileNames.sanitise("合同:第1页?\"终稿\"<1>|.pdf", EvidenceType.PDF)).isEqualTo("合同_第1页__终稿__1__.pdf");
  }

  @Test
  void emptyOrHiddenNamesGetAReadableOne() {
    assertThat(FileNames.sanitise(null, EvidenceType.PDF)).isEqualTo("证明材料.pdf");
    assertThat(FileNames.sanitise("   ", EvidenceType.PNG)).isEqualTo("证明材料.png");
    assertThat(FileNames.sanitise(".pdf", EvidenceType.PDF)).isEqualTo("pdf.pdf");
    assertThat(FileNames.sanitise("..\u200B.pdf", EvidenceType.PDF)).isEqualTo("pdf.pdf");
  }

  @Test
  void longNamesAreCutToTwoHundredCharactersKeepingTheExtension() {
    String name = FileNames.sanitise("证".repeat(300) + ".pdf", EvidenceType.PDF);
    assertThat(name).hasSize(EvidenceLimits.MAX_NAME_LENGTH).endsWith("证.pdf");
  }

  @Test
  void cutNeverSplitsASurrogatePair() {
    String name = FileNames.sanitise("a" + "😀".repeat(150) + ".png", EvidenceType.PNG);
    assertThat(name.length()).isLessThanOrEqualTo(EvidenceLimits.MAX_NAME_LENGTH);
    assertThat(name.codePoints().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
    assertThat(name).endsWith("😀.png");
  }
}
