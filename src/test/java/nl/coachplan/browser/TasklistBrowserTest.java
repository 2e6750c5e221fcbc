package nl.coachplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The coordinator in the Tasklist, on a laptop's screen: a form links to its case file, and a
 * refusal of the form shows in Dutch where the coordinator looks.
 */
class TasklistBrowserTest extends BrowserTestSupport {

  @Test
  void aScreeningLinksToItsCaseAndARefusalIsShownInViewInDutch() throws Exception {
    Task screening = engine.getTaskService().createTaskQuery().taskDefinitionKey("screenPlan").listPage(0, 1).get(0);
    String reference = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(screening.getProcessInstanceId()).singleResult().getBusinessKey();
    browser.manage().window().setSize(new Dimension(1440, 900));
    signIn("coordinator");

    browser.get(url("/camunda/app/tasklist/default/#/?task=" + screening.getId()));
    WebElement caseLink = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".fjs-form a[href='/cases/" + reference + "']")));
    assertThat(caseLink.getText()).isEqualTo("Dossier " + reference + " openen");

    // Claim, choose "niet compleet" without saying what is missing, and complete.
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
    WebElement incomplete = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//*[contains(@class,'fjs-form')]//label[contains(., 'Niet compleet')]")));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true); arguments[0].click();", incomplete);
    WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", complete);
    complete.click();

    WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".page-notifications .alert")));
    screenshot("tasklist-refusal");
    assertThat(alert.getText()).contains("Schrijf op wat er ontbreekt, zodat de aanvoerder het plan kan aanvullen.")
        .doesNotContain("ENGINE-").doesNotContain("Exception");
    @SuppressWarnings("unchecked")
    Map<String, Object> box = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
        "var r = arguments[0].getBoundingClientRect();"
            + "return {top: r.top, bottom: r.bottom, height: window.innerHeight};", alert);
    assertThat(((Number) box.get("top")).doubleValue()).as("the alert's top is in the window").isGreaterThanOrEqualTo(0);
    assertThat(((Number) box.get("bottom")).doubleValue()).as("the alert's bottom is in the window")
        .isLessThanOrEqualTo(((Number) box.get("height")).doubleValue());
  }
}
