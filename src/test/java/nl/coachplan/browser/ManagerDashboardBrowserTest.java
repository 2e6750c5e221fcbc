package nl.coachplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The manager signs in once, sees the Soest round at a glance and opens a case file. */
class ManagerDashboardBrowserTest extends BrowserTestSupport {

  @Test
  void theManagerSeesTheRoundAndOpensACase() throws Exception {
    signIn("manager");
    browser.get(url("/dashboard"));
    String headline = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fte-headline"))).getText();
    assertThat(headline).isEqualTo("1,5 van 6,8 fte ingevuld");
    assertThat(browser.findElements(By.cssSelector("svg title"))).hasSizeGreaterThanOrEqualTo(3);
    assertThat(browser.findElement(By.id("plans")).getText())
        .contains("Buurtsportcoach speciale doelgroepen").contains("Structureel gefinancierd");
    screenshot("dashboard");

    browser.findElement(By.linkText("P-2016-001 Buurtsportcoach speciale doelgroepen")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-title")));
    assertThat(browser.findElement(By.id("case-title")).getText()).isEqualTo("Buurtsportcoach speciale doelgroepen");
    assertThat(browser.findElement(By.id("contracts")).getText()).contains("Verlengd").contains("Structureel");
    assertThat(browser.findElement(By.id("timeline")).getText()).contains("Plan screenen").contains("coordinator");
    screenshot("case-file");
  }
}
