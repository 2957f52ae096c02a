package cn.szftu.studio.status;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.support.Browser;
import cn.szftu.studio.support.PostgresIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages in Chromium under the strict CSP: the applicant of an application sent back for correction opens it from
 * 我的申报, uploads a file through the form and withdraws it again; screenshots in target/screenshots.
 */
class ApplicationDetailBrowserIT extends PostgresIntegrationTest {

  private static final byte[] PNG_1X1 = java.util.Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  @Autowired
  private ProcessEngine engine;

  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void applicantReadsTheApplicationAndUploadsEvidence() throws IOException {
    ApplicationFixture fixture = new ApplicationFixture(engine);
    String number = fixture.submit("黄伟劳模和工匠人才创新工作室");
    fixture.decide("nanshan", number, "RETURN", "请补充近三年工作台账和领衔人荣誉证书扫描件。");

    browser.login(baseUrl() + "/applications", "applicant1", "applicant1");
    browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "我的申报"));
    fullPage();
    browser.screenshot("applications-applicant1");

    browser.driver().findElement(By.linkText(number)).click();
    browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "黄伟劳模和工匠人才创新工作室"));
    Path file = Files.createTempDirectory("evidence").resolve("领衔人荣誉证书.png");
    Files.write(file, PNG_1X1);
    browser.driver().findElement(By.id("evidence-file")).sendKeys(file.toString());
    browser.driver().findElement(By.id("evidence-description")).sendKeys("领衔人荣誉证书扫描件");
    browser.driver().findElement(By.cssSelector(".upload-form button[type=submit]")).click();
    browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "已上传证明材料"));

    assertThat(browser.driver().findElement(By.cssSelector(".status-badge")).getText()).isEqualTo("待补正");
    assertThat(browser.driver().findElement(By.cssSelector(".detail-head .deadline")).getText()).startsWith("补正截止：");
    assertThat(browser.driver().findElement(By.id("evidence")).getText()).contains("领衔人荣誉证书扫描件");
    // the stylesheet applied: the CSP allows only 'self' styles, and inline styles would be blocked
    assertThat(browser.driver().findElement(By.cssSelector(".panel")).getCssValue("background-color"))
        .isEqualTo("rgba(255, 255, 255, 1)");
    fullPage();
    browser.screenshot("application-detail-applicant1");
    Files.delete(file);
    Files.delete(file.getParent());

    browser.login(baseUrl() + "/applications/" + number, "nanshan", "nanshan");
    browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "黄伟劳模和工匠人才创新工作室"));
    assertThat(browser.driver().findElements(By.id("withdraw"))).isEmpty();
    fullPage();
    browser.screenshot("application-detail-nanshan");
  }

  /** Screenshots show the viewport; make it as tall as the page. */
  private void fullPage() {
    Object height = ((JavascriptExecutor) browser.driver()).executeScript("return document.body.scrollHeight");
    browser.driver().manage().window().setSize(new Dimension(1366, Math.min(6000, ((Number) height).intValue() + 160)));
  }
}
