package nl.coachplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Working a task's Camunda Form in the Tasklist as a person does: open it from a mail's link and
 * claim it, type, pick, tick, and press "Voltooien", with what the page held when that fails.
 */
abstract class TasklistBrowserSupport extends BrowserTestSupport {

  @Autowired TaskService taskService;

  /**
   * Types into a field and leaves it without Tab, which would open the next select (form-js opens a
   * focused select) and mark it as missing once left. The form takes typed text a moment later.
   */
  void type(WebElement input, String value) throws InterruptedException {
    reach(input).sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    ((JavascriptExecutor) browser).executeScript("arguments[0].blur();", input);
    Thread.sleep(700);
  }

  /**
   * Chooses an option of a form-js select by its label, as a person does (open the list, click the
   * option), and tells which options the list offered.
   */
  List<String> choose(String key, String label) {
    By display = By.cssSelector("[id$='Field_" + key + "-display']");
    By items = By.cssSelector(".fjs-dropdownlist-item");
    WebElement group = reach(wait.until(ExpectedConditions.visibilityOfElementLocated(display))).findElement(By.xpath(".."));
    // form-js opens and closes a select on mousedown on its input group (and opens it on focus, as Tab does): press until open.
    for (int press = 0; press < 3 && browser.findElements(items).isEmpty(); press++) {
      ((JavascriptExecutor) browser).executeScript(
          "arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true, button: 0}));", group);
      try {
        new WebDriverWait(browser, Duration.ofSeconds(2)).until(ExpectedConditions.presenceOfElementLocated(items));
      } catch (org.openqa.selenium.TimeoutException shut) {
        // that press closed it
      }
    }
    wait.until(ExpectedConditions.presenceOfElementLocated(items));
    // Read from the page: options further down are there but scrolled out of the list's view.
    @SuppressWarnings("unchecked")
    List<String> offered = (List<String>) ((JavascriptExecutor) browser).executeScript(
        "return Array.from(document.querySelectorAll('.fjs-dropdownlist-item')).map(e => e.textContent.trim());");
    WebElement item = browser.findElement(
        By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()=" + xpathLiteral(label) + "]"));
    // The Tasklist's fixed footer may cover the list's lower options: press it as the page's script would (form-js picks on mousedown).
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'nearest'});"
        + " arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true, button: 0}));", item);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(display, label));
    return offered;
  }

  static String xpathLiteral(String text) {
    return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
  }

  void clickText(String text) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//*[self::a or self::button][normalize-space()='" + text + "']")));
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();", element);
  }

  /**
   * Types into a form field and waits until the field holds it: the Tasklist may render the form
   * again when its variables arrive, which empties what was typed before.
   */
  void type(String key, String text) {
    new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
      WebElement input = field(key);
      if (!input.getAttribute("value").contains(text)) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
      }
      return input.getAttribute("value").contains(text);
    });
  }

  WebElement field(String key) {
    return reach(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='Field_" + key + "']"))));
  }

  /** Types a date as a person would, and confirms it with Enter as the date picker expects. */
  void typeDate(String key, String date) {
    WebElement input = field(key + "-date");
    input.click();
    input.sendKeys(date);
    input.sendKeys(Keys.ENTER);
    assertThat(input.getAttribute("value")).isEqualTo(date);
  }

  /** Types a number and leaves the field: the form takes a typed value a moment later, not at each key. */
  void typeNumber(WebElement input, String value) throws InterruptedException {
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    Thread.sleep(700);
  }

  void radio(String key, int index) {
    reach(browser.findElement(By.cssSelector("input[id$='Field_" + key + "-" + index + "']"))).click();
  }


  /**
   * Opens "Proces starten", picks the process and waits for its start form (its field {@code firstField}).
   * The dialog may redraw its list of processes while it loads them, taking a click with it: then the
   * process is picked again, as a person would.
   */
  void startForm(String processName, String firstField) {
    clickText("Proces starten");
    By process = By.xpath("//div[contains(@class,'modal')]//a[normalize-space()=" + xpathLiteral(processName) + "]");
    By field = By.cssSelector("[id$='Field_" + firstField + "']");
    for (int attempt = 1; ; attempt++) {
      WebElement link = wait.until(ExpectedConditions.elementToBeClickable(process));
      ((JavascriptExecutor) browser).executeScript("arguments[0].click();", link);
      try {
        new WebDriverWait(browser, Duration.ofSeconds(25)).until(ExpectedConditions.visibilityOfElementLocated(field));
        return;
      } catch (org.openqa.selenium.TimeoutException notShown) {
        if (attempt == 3 || browser.findElements(process).stream().noneMatch(WebElement::isDisplayed)) {
          throw notShown;
        }
      }
    }
  }

  /** Opens the task as a mail's link would, and claims it: the Tasklist lets only the claimant edit the form. */
  void openTask(ProcessInstance instance, String taskKey) {
    Task task = new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
        taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult());
    browser.get(url("/camunda/app/tasklist/default/#/?task=" + task.getId()));
    WebElement claim = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='claim()']")));
    wait.until(d -> rendered() > 0);
    long before = rendered();
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();", claim);
    // Claiming reloads the task and renders its form again: what was typed before that is gone.
    try {
      new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> rendered() > before);
    } catch (org.openqa.selenium.TimeoutException notRenderedAgain) {
      // this Tasklist kept the form
    }
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
  }

  void pressComplete() {
    // Keeps the server's answer to the form's submission, for a failure's message.
    ((JavascriptExecutor) browser).executeScript("if (!window.__kept) { window.__kept = true; const open = XMLHttpRequest.prototype.open;"
        + " XMLHttpRequest.prototype.open = function (m, u) { if (/submit-form/.test(u)) { this.addEventListener('load', () =>"
        + " { window.__submitted = this.status + ' ' + this.responseText; }); } return open.apply(this, arguments); }; }");
    WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
    // The Tasklist's fixed footer can cover the button; press it as the page's script would.
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();", complete);
  }

  void complete(ProcessInstance instance, String taskKey) throws java.io.IOException {
    try {
      pressComplete();
    } catch (org.openqa.selenium.TimeoutException disabled) {
      screenshot("staff-disabled-" + taskKey);
      throw new AssertionError(taskKey + ": Voltooien stays disabled; " + formDiagnosis(), disabled);
    }
    try {
      new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
          taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).count() == 0);
    } catch (org.openqa.selenium.TimeoutException stillOpen) {
      screenshot("staff-not-completed-" + taskKey);
      throw new AssertionError(taskKey + " not completed; the server answered "
          + ((JavascriptExecutor) browser).executeScript("return window.__submitted;"), stillOpen);
    }
  }

  /** How many forms the Tasklist has rendered on this page (counted by Coachplan's webapps script). */
  long rendered() {
    Object count = ((JavascriptExecutor) browser).executeScript("return window.coachplanFormsRendered || 0;");
    return ((Number) count).longValue();
  }

  /** What the page holds when a form cannot be completed: the forms, their values and their errors. */
  Object formDiagnosis() {
    return ((JavascriptExecutor) browser).executeScript("return 'patched: ' + window.__coachplanFormPatched + '; forms: ' + document.querySelectorAll('.fjs-container').length"
        + " + '; values: ' + Array.from(document.querySelectorAll('.fjs-container input, .fjs-container textarea'))"
        + ".map(i => i.id.replace(/.*Field_/, '') + '=' + (i.type === 'checkbox' || i.type === 'radio' ? i.checked : i.value)).join(', ')"
        + " + '; errors: ' + Array.from(document.querySelectorAll('.fjs-form-field-error')).map(e => {"
        + " const field = e.closest('.fjs-form-field'); const label = field && field.querySelector('label');"
        + " return (label ? label.textContent.trim() + ': ' : '') + e.textContent; }).join(' | ');");
  }
}
