package nl.coachplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.coachplan.planintake.ContributionStatus;
import nl.coachplan.planintake.PlanRepository;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** SWOS's user opens its confirmation task in the Tasklist, fills the Camunda Form and completes it. */
class SpelerTasklistBrowserTest extends BrowserTestSupport {

  @Autowired PlanRepository plans;
  @Autowired TransactionTemplate transactions;

  private ContributionStatus swosContributionToBink() {
    return transactions.execute(status -> plans.findAll().stream()
        .filter(p -> p.getAanvoerder().getSlug().equals("bink-kinderopvang")).findFirst().orElseThrow()
        .getContributions().stream().filter(c -> c.getOrganisation().getSlug().equals("swos")).findFirst().orElseThrow()
        .getStatus());
  }

  @Test
  void aSpelerConfirmsItsContributionInTheTasklist() throws Exception {
    assertThat(swosContributionToBink()).isEqualTo(ContributionStatus.PENDING);
    signIn("swos");
    browser.get(url("/camunda/app/tasklist/default/#/"));
    WebElement task = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//*[contains(@class,'task')]//*[normalize-space(text())='Bijdrage bevestigen']")));
    task.click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"), "Bink Kinderopvang"));
    screenshot("tasklist-confirmation-form");

    // The Tasklist lets only the claimant edit the form.
    browser.findElement(By.xpath("//*[self::a or self::button][normalize-space()='Claim']")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fjs-form input[type=checkbox]"))).click();
    WebElement remark = browser.findElement(By.cssSelector(".fjs-form textarea"));
    remark.sendKeys("Onze vrijwilligers doen graag mee.");
    WebElement complete = browser.findElement(By.cssSelector("button[ng-click='complete()']"));
    assertThat(complete.isEnabled()).as("the form is valid").isTrue();
    // The Tasklist's fixed footer covers the button in a small window; press it as the page's script would.
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click();", complete);

    new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
        .until(d -> swosContributionToBink() == ContributionStatus.CONFIRMED);
    screenshot("tasklist-after-completion");
    assertThat(swosContributionToBink()).isEqualTo(ContributionStatus.CONFIRMED);
  }
}
