package cn.szftu.studio.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium and ChromeDriver, headless. Nothing is downloaded: the driver binary is named explicitly, so
 * Selenium Manager never runs. Without the two packages the test fails in CI and is reported as not run elsewhere.
 */
public final class Browser implements AutoCloseable {

  public static final String CHROMIUM = "/usr/bin/chromium";
  public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private final WebDriver driver;
  private final WebDriverWait wait;
  private final Path profile;

  private Browser(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /** A browser whose language is English: Chinese must be the webapps' default whatever the browser says. */
  public static Browser start() {
    return start("en-US");
  }

  /** A browser in the given language (e.g. zh-CN, as union staff use; form-js date fields follow it). */
  public static Browser start(String language) {
    requireBinaries();
    try {
      Path profile = Files.createTempDirectory("chromium-profile");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=" + language, "--user-data-dir=" + profile);
      options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
      options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
      return new Browser(new ChromeDriver(service, options), profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void requireBinaries() {
    boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    if (present) {
      return;
    }
    String message = "Browser test needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
        + "): apt-get install chromium chromium-driver";
    if (TestDatabase.isCi()) {
      throw new IllegalStateException(message);
    }
    System.err.println("*** BROWSER TEST NOT RUN *** " + message);
    Assumptions.abort(message);
  }

  /** What the page's console said (errors such as blocked scripts), for a failure message. */
  public String consoleLog() {
    return driver.manage().logs().get("browser").getAll().toString();
  }

  public WebDriver driver() {
    return driver;
  }

  public WebDriverWait await() {
    return wait;
  }

  /** Logs in on the application's login page, starting from the page the user wanted. */
  public void login(String url, String user, String password) {
    driver.manage().deleteAllCookies();
    driver.get(url);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("login-submit")).click();
    // Let the redirect to the wanted page finish before anything navigates again.
    wait.until(d -> !d.getCurrentUrl().contains("/login") || !d.findElements(By.cssSelector(".notice.error")).isEmpty());
    wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  public Path screenshot(String name) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      Path file = dir.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    FileSystemUtils.deleteRecursively(profile.toFile());
  }
}
