package cn.szftu.studio.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.application.ApplicationStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every status has its bar colour in studio.css (an SVG shape without a fill class would be drawn black). */
class StatisticsColoursTest {

  @Test
  void everyApplicationStatusHasAColour() throws IOException {
    String css;
    try (InputStream in = getClass().getResourceAsStream("/static/css/studio.css")) {
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (ApplicationStatus status : ApplicationStatus.values()) {
      assertThat(css).as("colour of " + status + " in studio.css")
          .contains("." + StatisticsService.fill(status) + " {");
    }
    assertThat(css).contains("." + StatisticsService.NAMED_FILL + " {", "." + StatisticsService.REVOKED_FILL + " {",
        "." + StatisticsService.OTHER_FILL + " {");
  }
}
