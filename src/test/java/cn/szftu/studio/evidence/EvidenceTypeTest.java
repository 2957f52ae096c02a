package cn.szftu.studio.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The type comes from the first bytes only; names and declared content types are never consulted. */
class EvidenceTypeTest {

  @Test
  void recognisesPdfJpegAndPngByTheirSignatures() {
    assertThat(EvidenceType.detect("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1))).contains(EvidenceType.PDF);
    assertThat(EvidenceType.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'))).contains(EvidenceType.JPEG);
    assertThat(EvidenceType.detect(bytes(0xFF, 0xD8, 0xFF, 0xE1))).contains(EvidenceType.JPEG);
    assertThat(EvidenceType.detect(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D))).contains(EvidenceType.PNG);
  }

  @Test
  void contentTypesAreTheStandardOnes() {
    assertThat(EvidenceType.PDF.contentType()).isEqualTo("application/pdf");
    assertThat(EvidenceType.JPEG.contentType()).isEqualTo("image/jpeg");
    assertThat(EvidenceType.PNG.contentType()).isEqualTo("image/png");
  }

  @Test
  void refusesEverythingElse() {
    assertThat(EvidenceType.detect(bytes('M', 'Z', 0x90, 0, 3, 0))).as("Windows executable").isEmpty();
    assertThat(EvidenceType.detect(bytes('P', 'K', 3, 4, 20, 0))).as("zip / docx").isEmpty();
    assertThat(EvidenceType.detect(bytes('G', 'I', 'F', '8', '9', 'a'))).as("GIF").isEmpty();
    assertThat(EvidenceType.detect("<html><script>".getBytes(StandardCharsets.US_ASCII))).as("HTML").isEmpty();
    assertThat(EvidenceType.detect(" %PDF-1.4".getBytes(StandardCharsets.US_ASCII))).as("signature not at start").isEmpty();
    assertThat(EvidenceType.detect("%PDF1.4".getBytes(StandardCharsets.US_ASCII))).as("no dash").isEmpty();
  }

  @Test
  void truncatedSignaturesAndEmptyContentAreRefused() {
    assertThat(EvidenceType.detect(new byte[0])).isEmpty();
    assertThat(EvidenceType.detect(null)).isEmpty();
    assertThat(EvidenceType.detect("%PDF".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(EvidenceType.detect(bytes(0xFF, 0xD8))).isEmpty();
    assertThat(EvidenceType.detect(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A))).isEmpty();
  }

  static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }
}
