package cn.szftu.studio.support;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives Camunda Tasklist and its Camunda Forms (form-js) like a person. form-js gives inputs ids ending in the form
 * component's id, and updates its state shortly after typing, hence the short pause after each value.
 */
public final class TasklistPage {

  private static final Duration TYPING_SETTLES = Duration.ofMillis(350);

  private final WebDriver driver;
  private final WebDriverWait wait;

  private final Browser browser;

  public TasklistPage(Browser browser) {
    this.browser = browser;
    this.driver = browser.driver();
    this.wait = browser.await();
  }

  public void open(String baseUrl) {
    if (!driver.getCurrentUrl().contains("/camunda/app/tasklist/")) {
      driver.get(baseUrl + "/camunda/app/tasklist/default/");
    }
    // Users who may start nothing have no start link; every user has filters.
    try {
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filter h4.name a")));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("Tasklist did not show its filters; console: " + browser.consoleLog(), e);
    }
  }

  public void startProcess(String processName) {
    driver.findElement(By.cssSelector("li.start-process-action a")).click();
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//div[contains(@class,'modal')]//a[normalize-space(.)='" + processName + "']"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container .fjs-form-field")));
  }

  public void submitStartForm() {
    WebElement start = driver.findElement(By.cssSelector("button[ng-click='startProcessInstance()']"));
    wait.until(d -> start.isEnabled());
    start.click();
    try {
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("start form not accepted: " + notifications() + " "
          + String.join(" | ", driver.findElements(By.cssSelector(".modal-dialog .alert, .fjs-form-field-error"))
              .stream().map(WebElement::getText).toList()), e);
    }
  }

  public void selectFilter(String filterName) {
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[starts-with(normalize-space(.),'"
            + filterName + "')]"))).click();
  }

  /** Opens one task by id, as a link from a notification would; the list may hold other cases' tasks of that name. */
  public void openTask(String baseUrl, String taskId) {
    driver.get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container .fjs-form-field")));
    // Tasklist fills the form from the task's variables after rendering it; typing before that is overwritten.
    wait.until(d -> !d.findElements(By.cssSelector("[id$='-Field_applicationNumber']")).isEmpty()
        && !d.findElement(By.cssSelector("[id$='-Field_applicationNumber']")).getAttribute("value").isEmpty());
    settle();
  }

  public void openTask(String taskName) {
    By task = By.xpath("//li[contains(@class,'task')]//a[normalize-space(.)='" + taskName + "']");
    wait.until(ExpectedConditions.elementToBeClickable(task)).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container .fjs-form-field")));
  }

  public void claim() {
    By claim = By.cssSelector("button.claim[ng-click='claim()']");
    if (!driver.findElements(claim).isEmpty() && driver.findElement(claim).isDisplayed()) {
      driver.findElement(claim).click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(claim));
    }
  }

  public void complete() {
    WebElement complete = driver.findElement(By.cssSelector("button[ng-click='complete()']"));
    wait.until(d -> complete.isEnabled());
    complete.click();
  }

  public void text(String componentId, String value) {
    WebElement input = field(componentId);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(value);
    settle();
  }

  public String value(String componentId) {
    return field(componentId).getAttribute("value");
  }

  public void pick(String componentId, String label) {
    By display = By.cssSelector("[id$='-" + componentId + "-display']");
    if (!driver.findElements(display).isEmpty()) {
      scrollTo(driver.findElement(display)).click();
    } else {
      WebElement input = scrollTo(field(componentId));
      input.click();
      input.sendKeys(label.substring(0, Math.min(2, label.length())));
    }
    WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//div[contains(@class,'fjs-dropdownlist-item') and contains(normalize-space(.),'" + label + "')]")));
    // The list may open below the fold, under the dialog's footer: a mouse-down on the item is what form-js listens to.
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'});"
        + "arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true}));", item);
    settle();
  }

  /** Types the date in the format the date field shows as its placeholder, which follows the browser's locale. */
  public void date(String componentId, java.time.LocalDate date) {
    WebElement input = scrollTo(driver.findElement(By.cssSelector("[id$='-" + componentId + "-date']")));
    String pattern = input.getAttribute("placeholder").toLowerCase();
    String text = pattern.replace("yyyy", String.format("%04d", date.getYear()))
        .replace("mm", String.format("%02d", date.getMonthValue()))
        .replace("dd", String.format("%02d", date.getDayOfMonth()));
    // Typed key by key, the date picker re-parses every partial value; set the whole text at once, as pasting does.
    ((JavascriptExecutor) driver).executeScript("const setter = Object.getOwnPropertyDescriptor("
        + "HTMLInputElement.prototype, 'value').set; setter.call(arguments[0], arguments[1]);"
        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", input, text);
    input.sendKeys(Keys.ENTER, Keys.TAB);
    settle();
  }

  public void check(String componentId) {
    WebElement box = scrollTo(field(componentId));
    if (!box.isSelected()) {
      box.click();
    }
    settle();
  }

  public void radio(String label) {
    scrollTo(driver.findElement(By.xpath("//div[contains(@class,'fjs-form-field-radio')]//label[contains(normalize-space(.),'"
        + label + "')]"))).click();
    settle();
  }

  /** Adds a row to the n-th repeating group of the form (in page order). */
  public void addRow(int group) {
    scrollTo(driver.findElements(By.cssSelector(".fjs-repeat-render-add")).get(group)).click();
    settle();
  }

  public String notifications() {
    return String.join(" | ", driver.findElements(By.cssSelector(".page-notifications .alert")).stream()
        .map(WebElement::getText).toList());
  }

  private WebElement field(String componentId) {
    return scrollTo(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='-" + componentId + "']"))));
  }

  private WebElement scrollTo(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
    return element;
  }

  private static void settle() {
    try {
      Thread.sleep(TYPING_SETTLES.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
