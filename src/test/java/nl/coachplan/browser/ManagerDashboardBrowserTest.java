package nl.coachplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The manager signs in once, sees the Soest round at a glance and opens a case file. */
class ManagerDashboardBrowserTest extends BrowserTestSupport {

  /** The demo's rounds: last year's, whose coaches work on, and this year's. */
  private static final int THIS_YEAR = nl.coachplan.engine.ProcessValues.today().getYear();
  private static final int LAST_YEAR = THIS_YEAR - 1;

  @Test
  void theManagerSeesTheRoundAndOpensACase() throws Exception {
    signIn("manager");
    browser.get(url("/dashboard"));
    String headline = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fte-headline"))).getText();
    // This year's round; the coaches at work this year, whichever round hired them.
    assertThat(headline).isEqualTo("5,28 van 6,8 fte ingevuld in " + THIS_YEAR);
    assertThat(browser.findElements(By.cssSelector("svg title"))).hasSizeGreaterThanOrEqualTo(3);
    // The Rijk's fte per calendar year: each round states 6,8, which stands in the next year.
    assertThat(browser.findElements(By.cssSelector("#allocation tr"))).extracting(WebElement::getText)
        .anySatisfy(row -> assertThat(row).startsWith(LAST_YEAR + " 6,8"))
        .anySatisfy(row -> assertThat(row).startsWith(THIS_YEAR + " 6,8 1 5,28 0,52"))
        .anySatisfy(row -> assertThat(row).startsWith((THIS_YEAR + 1) + " 6,8"));
    assertThat(browser.findElement(By.id("plans")).getText())
        .contains("Buurtsportcoach verenigingsadvisering").contains("Drie buurtsportcoaches in de kinderopvang").contains("Werving");
    screenshot("dashboard");

    browser.get(url("/dashboard?year=" + LAST_YEAR));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("P-" + LAST_YEAR + "-001 Buurtsportcoach speciale doelgroepen"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-title")));
    assertThat(browser.findElement(By.id("case-title")).getText()).isEqualTo("Buurtsportcoach speciale doelgroepen");
    // Hired last summer; the contract year running today (an earlier one, from August on, renewed).
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Sam Voorbeeld");
    assertThat(browser.findElement(By.id("contracts")).getText()).contains("Lopend");
    String timeline = browser.findElement(By.id("timeline")).getText();
    // Steps with the person's name and the decision in words, at the real time of the step.
    assertThat(timeline).contains("Plan screenen").contains("Coördinator Buurtsportcoaches")
        .contains("Compleet: Compleet; mooie mix van partners.").doesNotContain("coordinator").doesNotContain(" 00:00");
    assertThat(timeline.indexOf("Coach aanstellen")).as("newest first")
        .isLessThan(timeline.indexOf("Plan screenen"));
    assertThat(timeline).containsPattern("\\d{2}-\\d{2}-" + LAST_YEAR + " \\d{2}:\\d{2}");
    screenshot("case-file");
    scrollTo("timeline");
    screenshot("case-file-timeline");
  }

  /** On a phone (390 px wide) the dashboard and the case file fit the screen: only wide tables scroll, in their own box. */
  @Test
  void theDashboardAndTheCaseFileFitAPhone() throws Exception {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    signIn("manager");
    browser.get(url("/dashboard"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fte-headline")));
    assertNoSidewaysScroll("dashboard");
    screenshot("phone-dashboard");
    scrollTo("plans");
    screenshot("phone-dashboard-plans");

    browser.get(url("/cases/P-" + LAST_YEAR + "-001"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-title")));
    assertNoSidewaysScroll("case file");
    screenshot("phone-case-file");
    scrollTo("contracts");
    screenshot("phone-case-file-contracts");
    scrollTo("timeline");
    screenshot("phone-case-file-timeline");

    browser.get(url("/cases/P-1999-999"));
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-text"))).getText())
        .isEqualTo("Er is geen plan P-1999-999 dat u mag inzien.");
    assertNoSidewaysScroll("error page");
    screenshot("phone-error-page");
  }

  private void scrollTo(String id) {
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
  }

  private void assertNoSidewaysScroll(String page) {
    var js = (org.openqa.selenium.JavascriptExecutor) browser;
    long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
    long innerWidth = ((Number) js.executeScript("return window.innerWidth")).longValue();
    assertThat(innerWidth).as("the window is a phone's").isLessThanOrEqualTo(390);
    assertThat(scrollWidth).as("%s: page width %d within the window's %d", page, scrollWidth, innerWidth)
        .isLessThanOrEqualTo(innerWidth);
  }
}
