package cn.szftu.studio.evidence;

import static cn.szftu.studio.evidence.EvidenceLimits.MAX_BYTES_PER_APPLICATION;
import static cn.szftu.studio.evidence.EvidenceLimits.MAX_FILES_PER_APPLICATION;
import static cn.szftu.studio.evidence.EvidenceLimits.MAX_FILE_BYTES;
import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.application.form.FieldProblem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class EvidenceLimitsTest {

  @Test
  void limitsAreTheAnnouncedOnes() {
    assertThat(MAX_FILE_BYTES).isEqualTo(20 * 1024 * 1024);
    assertThat(MAX_FILES_PER_APPLICATION).isEqualTo(30);
    assertThat(MAX_BYTES_PER_APPLICATION).isEqualTo(200L * 1024 * 1024);
    assertThat(EvidenceLimits.summary())
        .isEqualTo("支持 PDF、JPG、PNG 文件，单个文件不超过 20 MB；每个申报最多 30 个文件，合计不超过 200 MB。");
  }

  @Test
  void fileLimitEqualsSpringsMultipartLimitSoNoAcceptedUploadIsRefusedForSizeAlone() {
    assertThat(DataSize.parse("20MB").toBytes()).isEqualTo(MAX_FILE_BYTES);
  }

  @Test
  void fileAtTheLimitIsAcceptedOneByteMoreIsNot() {
    assertThat(EvidenceLimits.check(MAX_FILE_BYTES, 0, 0)).isEmpty();
    assertThat(messages(EvidenceLimits.check(MAX_FILE_BYTES + 1L, 0, 0)))
        .containsExactly("证明材料文件（file）：文件大小为 20.1 MB，超过单个文件 20 MB 的上限，请压缩或拆分后再上传");
  }

  @Test
  void emptyFileIsRefused() {
    assertThat(messages(EvidenceLimits.check(0, 0, 0))).containsExactly("证明材料文件（file）：文件为空（0 字节），请重新选择文件");
  }

  @Test
  void thirtiethFileIsAcceptedThirtyFirstIsNot() {
    assertThat(EvidenceLimits.check(1000, MAX_FILES_PER_APPLICATION - 1, 0)).isEmpty();
    assertThat(messages(EvidenceLimits.check(1000, MAX_FILES_PER_APPLICATION, 0))).singleElement().asString()
        .contains("每个申报最多上传 30 个文件，已上传 30 个");
  }

  @Test
  void totalMayReachButNotExceedTwoHundredMegabytes() {
    long before = MAX_BYTES_PER_APPLICATION - MAX_FILE_BYTES;
    assertThat(EvidenceLimits.check(MAX_FILE_BYTES, 10, before)).isEmpty();
    assertThat(messages(EvidenceLimits.check(MAX_FILE_BYTES, 10, before + 1))).singleElement().asString()
        .contains("合计不超过 200 MB").contains("将超出上限");
  }

  @Test
  void problemsNameTheField() {
    List<FieldProblem> problems = EvidenceLimits.check(MAX_FILE_BYTES + 1L, MAX_FILES_PER_APPLICATION, 0);
    assertThat(problems).hasSize(2).allSatisfy(p -> {
      assertThat(p.field()).isEqualTo("file");
      assertThat(p.label()).isEqualTo("证明材料文件");
    });
  }

  @Test
  void sizesReadLikePeopleWriteThem() {
    assertThat(FileSizes.text(0)).isEqualTo("0 字节");
    assertThat(FileSizes.text(1023)).isEqualTo("1023 字节");
    assertThat(FileSizes.text(1536)).isEqualTo("1.5 KB");
    assertThat(FileSizes.text(20L * 1024 * 1024)).isEqualTo("20 MB");
    assertThat(FileSizes.text(1_300_000)).isEqualTo("1.2 MB");
    assertThat(FileSizes.textRoundedUp(20L * 1024 * 1024 + 1)).isEqualTo("20.1 MB");
  }

  private static List<String> messages(List<FieldProblem> problems) {
    return problems.stream().map(FieldProblem::toString).toList();
  }
}
