package cn.szftu.studio.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.registry.RegistryService;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioEventRepository;
import cn.szftu.studio.support.Browser;
import cn.szftu.studio.support.PostgresIntegrationTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The certificate in Chromium, without login, under the strict CSP: it renders Chinese with real CJK glyphs (not tofu),
 * is not blank, prints as one A4 landscape page, and a revoked studio's certificate carries the 已撤销 watermark.
 * Screenshots in target/screenshots (certificate.png, certificate-revoked.png).
 *
 * <p>How "not tofu" is proven, robustly. Two cheap checks the brief suggests do not discriminate on their own: Chrome's
 * {@code document.fonts.check()} answers true for any font that is not a web font (even a family that does not exist),
 * and a missing glyph's box is as wide as a CJK glyph (1 em), so text widths cannot tell glyphs from boxes. The test
 * therefore (1) asks Chromium itself, over the DevTools protocol (CSS.getPlatformFontsForNode), which installed font
 * drew each text node: it must be Noto Serif/Sans CJK and must cover every character; (2) draws each character on a
 * canvas with the sheet's font and compares the pixels: real glyphs all differ from each other and from the box drawn
 * for characters no font has (two such characters give identical boxes, which shows the comparison detects tofu);
 * (3) counts ink in the screenshot of the sheet (not blank) and red ink (the stylesheet applied). fonts.check() is
 * asserted too, as the necessary condition it is.
 */
class CertificateBrowserIT extends PostgresIntegrationTest {

  private static final String STUDIO = "鹏城智造精密加工劳模和工匠人才创新工作室";
  private static final String CHINESE = "深圳市总工会命名证书" + STUDIO;
  /** Characters of Unicode's private use plane 16, which no installed font covers: drawn as the missing-glyph box. */
  private static final String NO_GLYPH = "\uDBFF\uDFFD\uDBFF\uDFFC";

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private ApplicationRepository applications;
  @Autowired
  private RegistryService registry;
  @Autowired
  private StudioEventRepository events;
  @Autowired
  private JdbcTemplate jdbc;
  @Autowired
  private Clock clock;

  private RegistryFixture fixture;
  private Browser browser;

  @BeforeEach
  void setUp() {
    fixture = new RegistryFixture(engine, applications, registry, events, jdbc, clock);
    browser = Browser.start("zh-CN");
  }

  @AfterEach
  void tearDown() {
    browser.close();
    fixture.cleanUp();
  }

  @Test
  void certificateRendersChineseGlyphsAndPrintsOnOneA4LandscapePage() throws IOException {
    Studio studio = fixture.name2026(STUDIO, "陈精工", "ns-precision", "nanshan");
    open("/public/registry/" + studio.getNamingNumber() + "/certificate");
    assertThat(text(".certificate-title")).isEqualTo("深圳市示范性劳模和工匠人才创新工作室");
    assertThat(text(".certificate-kind")).isEqualTo("命名证书");
    assertThat(text(".certificate-studio")).isEqualTo(STUDIO);
    assertThat(browser.driver().findElements(By.cssSelector(".certificate-watermark"))).isEmpty();

    // the sheet's font stack is the one Debian's fonts-noto-cjk provides
    assertThat(js("return getComputedStyle(document.querySelector('.certificate-sheet')).fontFamily"))
        .isEqualTo("\"Noto Serif CJK SC\", \"Noto Sans CJK SC\", serif");
    assertThat(js("return document.fonts.check('32px \"Noto Serif CJK SC\"', '深圳市总工会')")).isEqualTo(true);

    // (1) Chromium's own account of the fonts that drew the text: Noto CJK, for every character
    for (String selector : List.of(".certificate-title", ".certificate-studio", ".certificate-issuer-name",
        ".certificate-citation")) {
      List<Map<String, Object>> fonts = platformFonts(selector);
      assertThat(fonts).as(selector).isNotEmpty();
      assertThat(fonts).as(selector + " " + fonts)
          .allSatisfy(f -> assertThat((String) f.get("familyName")).startsWith("Noto S").contains("CJK"));
      long glyphs = fonts.stream().mapToLong(f -> ((Number) f.get("glyphCount")).longValue()).sum();
      assertThat(glyphs).as(selector).isEqualTo(text(selector).codePointCount(0, text(selector).length()));
    }

    // (2) each character drawn on a canvas with the sheet's font: distinct real glyphs, none the missing-glyph box
    @SuppressWarnings("unchecked")
    List<String> signatures = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(GLYPH_SIGNATURES,
        CHINESE, NO_GLYPH);
    List<String> chinese = signatures.subList(0, distinctCodePoints(CHINESE).size());
    List<String> boxes = signatures.subList(chinese.size(), signatures.size());
    assertThat(boxes).hasSize(2);
    assertThat(boxes.get(0)).as("characters without a glyph all draw the same box").isEqualTo(boxes.get(1));
    assertThat(chinese).as("every Chinese character has ink").noneMatch(s -> s.startsWith("0:"));
    assertThat(chinese).as("no Chinese character is drawn as the box").doesNotContain(boxes.get(0));
    assertThat(chinese).as("distinct characters draw distinct glyphs").doesNotHaveDuplicates();

    // (3) the screenshot: not blank, and the red title and frame are there (the stylesheet applied under the CSP)
    browser.screenshot("certificate");
    BufferedImage sheet = sheetScreenshot("certificate-sheet");
    Ink ink = ink(sheet);
    assertThat(ink.dark()).as("share of inked pixels").isGreaterThan(0.03);
    assertThat(ink.red()).as("share of red pixels").isGreaterThan(0.005);
    assertThat(sheet.getWidth()).isGreaterThan(1000);

    // printing: one page, A4 landscape (842 × 595 pt), the toolbar left out
    String pdf = printToPdf();
    assertThat(Pattern.compile("/Type\\s*/Page[^s]").matcher(pdf).results().count()).as("pages").isEqualTo(1);
    Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)\\s*]").matcher(pdf);
    assertThat(box.find()).as("page size in the PDF").isTrue();
    assertThat(Double.parseDouble(box.group(1))).isCloseTo(841.9, within(2.0));
    assertThat(Double.parseDouble(box.group(2))).isCloseTo(595.3, within(2.0));
    assertThat(browser.consoleLog()).doesNotContain("Content Security Policy");
  }

  @Test
  void revokedCertificateCarriesTheWatermark() throws IOException {
    Studio studio = fixture.name2019("鹏城海洋生态劳模创新工作室", "林海洋", "dp-marine", "dapeng");
    fixture.revoke(studio, "深总工〔2026〕40号");
    open("/public/registry/" + studio.getNamingNumber() + "/certificate");

    WebElement watermark = browser.driver().findElement(By.cssSelector(".certificate-watermark"));
    assertThat(watermark.isDisplayed()).isTrue();
    assertThat(watermark.getText()).isEqualTo("已撤销");
    assertThat(text(".certificate-kind")).isEqualTo("认定证书");
    assertThat(text(".certificate-revocation")).contains("本证书作废");
    assertThat(platformFonts(".certificate-watermark"))
        .allSatisfy(f -> assertThat((String) f.get("familyName")).contains("CJK"));
    // the watermark is big and centred on the sheet
    assertThat(js("return parseFloat(getComputedStyle(document.querySelector('.certificate-watermark')).fontSize)"))
        .satisfies(size -> assertThat(((Number) size).doubleValue()).isGreaterThan(100));
    @SuppressWarnings("unchecked")
    List<Number> offset = (List<Number>) js("""
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('.certificate-watermark'));
        const text = range.getBoundingClientRect();
        const paper = document.querySelector('.certificate-sheet').getBoundingClientRect();
        return [text.x + text.width / 2 - (paper.x + paper.width / 2),
          text.y + text.height / 2 - (paper.y + paper.height / 2), text.width / paper.width];""");
    assertThat(offset.get(0).doubleValue()).as("horizontal offset from the centre").isCloseTo(0, within(40.0));
    assertThat(offset.get(1).doubleValue()).as("vertical offset from the centre").isCloseTo(0, within(40.0));
    assertThat(offset.get(2).doubleValue()).as("share of the sheet's width").isGreaterThan(0.4);

    browser.screenshot("certificate-revoked");
    BufferedImage sheet = sheetScreenshot("certificate-revoked-sheet");
    // the watermark's translucent red fills the centre of the sheet
    BufferedImage centre = sheet.getSubimage(sheet.getWidth() / 3, sheet.getHeight() / 3, sheet.getWidth() / 3,
        sheet.getHeight() / 3);
    assertThat(ink(centre).pink()).as("share of watermark pixels in the centre").isGreaterThan(0.03);
  }

  @Test
  void visitorFindsTheCertificateFromTheRegistryAndTheOfficeSeesTheCharts() {
    Studio studio = fixture.name2026(STUDIO, "陈精工", "ns-precision", "nanshan");
    browser.driver().manage().window().setSize(new Dimension(1366, 1000));
    browser.driver().get(baseUrl() + "/public/registry?union=nanshan");
    browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "工作室名录"));
    assertThat(browser.driver().findElement(By.cssSelector(".panel")).getCssValue("background-color"))
        .isEqualTo("rgba(255, 255, 255, 1)");
    fullPage();
    browser.screenshot("public-registry");

    browser.driver().findElement(By.linkText(studio.getNamingNumber())).click();
    browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), STUDIO));
    assertThat(browser.driver().findElement(By.id("history")).getText()).contains("命名", "深总工〔2026〕15号");
    fullPage();
    browser.screenshot("public-registry-detail");
    browser.driver().findElement(By.linkText("查看和打印证书")).click();
    browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".certificate-studio"),
        STUDIO));

    browser.login(baseUrl() + "/statistics", "office", "office");
    browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "统计分析"));
    List<WebElement> bars = browser.driver().findElements(By.cssSelector("svg.stats-chart rect.stats-bar"));
    assertThat(bars).isNotEmpty();
    // bar colours come from the stylesheet (CSS classes on SVG elements; no inline style under the CSP)
    assertThat(browser.driver().findElement(By.cssSelector("rect.stats-fill-studio-named")).getCssValue("fill"))
        .isEqualTo("rgb(183, 20, 30)");
    fullPage();
    browser.screenshot("statistics");
    assertThat(browser.consoleLog()).doesNotContain("Content Security Policy");
  }

  /** Screenshots show the viewport; make it as tall as the page. */
  private void fullPage() {
    Object height = js("return document.body.scrollHeight");
    browser.driver().manage().window().setSize(new Dimension(1366, Math.min(6000, ((Number) height).intValue() + 160)));
  }

  private void open(String path) {
    browser.driver().manage().window().setSize(new Dimension(1300, 1000));
    browser.driver().get(baseUrl() + path);
    browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".certificate-sheet")));
    ((JavascriptExecutor) browser.driver()).executeAsyncScript(
        "const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(true));");
  }

  private String text(String selector) {
    return browser.driver().findElement(By.cssSelector(selector)).getText();
  }

  private Object js(String script) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script);
  }

  /** The installed fonts Chromium used for the text of the element (DevTools protocol, as the Fonts pane shows). */
  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> platformFonts(String selector) {
    ChromeDriver chrome = (ChromeDriver) browser.driver();
    chrome.executeCdpCommand("DOM.enable", Map.of());
    chrome.executeCdpCommand("CSS.enable", Map.of());
    Map<String, Object> document = chrome.executeCdpCommand("DOM.getDocument", Map.of("depth", 0));
    Object rootId = ((Map<String, Object>) document.get("root")).get("nodeId");
    Object nodeId = chrome.executeCdpCommand("DOM.querySelector", Map.of("nodeId", rootId, "selector", selector))
        .get("nodeId");
    Map<String, Object> answer = chrome.executeCdpCommand("CSS.getPlatformFontsForNode", Map.of("nodeId", nodeId));
    return (List<Map<String, Object>>) answer.get("fonts");
  }

  private String printToPdf() {
    Map<String, Object> answer = ((ChromeDriver) browser.driver()).executeCdpCommand("Page.printToPDF",
        Map.of("preferCSSPageSize", true, "printBackground", true));
    byte[] pdf = Base64.getDecoder().decode((String) answer.get("data"));
    try {
      Path file = Files.createDirectories(Path.of("target", "screenshots")).resolve("certificate.pdf");
      Files.write(file, pdf);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new String(pdf, StandardCharsets.ISO_8859_1);
  }

  private BufferedImage sheetScreenshot(String name) throws IOException {
    byte[] png = browser.driver().findElement(By.cssSelector(".certificate-sheet")).getScreenshotAs(OutputType.BYTES);
    Files.write(Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png"), png);
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  /** Shares of pixels: dark (any ink on the off-white sheet), red (title, frame), pink (the translucent watermark). */
  record Ink(double dark, double red, double pink) {
  }

  static Ink ink(BufferedImage image) {
    long dark = 0;
    long red = 0;
    long pink = 0;
    long all = (long) image.getWidth() * image.getHeight();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (Math.min(r, Math.min(g, b)) < 200) {
          dark++;
        }
        if (r > 140 && g < 90 && b < 90) {
          red++;
        }
        if (r > 200 && g < 215 && b < 215 && r - g > 25 && r - b > 25) {
          pink++;
        }
      }
    }
    return new Ink((double) dark / all, (double) red / all, (double) pink / all);
  }

  private static List<Integer> distinctCodePoints(String text) {
    return text.codePoints().distinct().boxed().toList();
  }

  /**
   * For each distinct character of arguments[0], then each character of arguments[1]: "ink:hash" of its pixels drawn
   * alone on a canvas in the certificate title's font (family, weight) at 32px.
   */
  private static final String GLYPH_SIGNATURES = """
      const style = getComputedStyle(document.querySelector('.certificate-title'));
      const font = style.fontWeight + ' 32px ' + style.fontFamily;
      function signature(ch) {
        const canvas = document.createElement('canvas');
        canvas.width = 48; canvas.height = 48;
        const c = canvas.getContext('2d');
        c.font = font; c.fillStyle = '#000'; c.textBaseline = 'top';
        c.fillText(ch, 4, 4);
        const d = c.getImageData(0, 0, 48, 48).data;
        let ink = 0, hash = 0;
        for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) { ink++; } hash = (hash * 31 + d[i]) | 0; }
        return ink + ':' + hash;
      }
      const chinese = [...new Set([...arguments[0]])].map(signature);
      return chinese.concat([...arguments[1]].map(signature));
      """;
}
