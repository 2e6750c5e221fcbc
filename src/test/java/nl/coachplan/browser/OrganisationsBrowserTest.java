package nl.coachplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The coordinator registers an organisation on {@code /organisaties} (a real sign-in, its CSRF
 * token, no script), adds its first user, and an organisation in the portal finds it among the
 * spelers of a new plan at once; then the same on a phone.
 */
class OrganisationsBrowserTest extends BrowserTestSupport {

  @Test
  void aNewOrganisationIsOfferedInThePortalAtOnceOnADesk() throws Exception {
    browser.manage().window().setSize(new Dimension(1400, 1000));
    String slug = registerAndOffer("desk");
    // Its first user signs in with the password the coordinator gave, and works for it in the portal.
    signInAs(slug + "-1", "eerste-wachtwoord-" + slug);
    wait.until(ExpectedConditions.urlContains("/portaal"));
    browser.get(url("/portaal/plannen/nieuw"));
    WebElement aanvoerder = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("veld-aanvoerder")));
    assertThat(aanvoerder.getText()).as("its own organisation as aanvoerder").contains("Sportvereniging " + slug);
    screenshot("organisations-new-user-plan-form-desk");
  }

  @Test
  void aNewOrganisationIsOfferedInThePortalAtOnceOnAPhone() throws Exception {
    browser.manage().window().setSize(new Dimension(390, 844));
    registerAndOffer("phone");
  }

  /** Registers an organisation and its user on the page, then finds it in the portal's plan form. */
  private String registerAndOffer(String screen) throws Exception {
    String slug = "sv-" + screen + "-" + ThreadLocalRandom.current().nextInt(1000, 10_000);
    signIn("coordinator");
    browser.get(url("/dashboard"));
    reach(wait.until(ExpectedConditions.elementToBeClickable(By.id("organisaties-link")))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("organisatie-registreren")));
    assertThat(path()).isEqualTo("/organisaties");
    assertNoHorizontalScroll("/organisaties");
    screenshot("organisations-" + screen);

    // First a short name the server refuses: the message at the field, the name kept.
    type("veld-slug", "SV " + slug);
    type("veld-name", "Sportvereniging " + slug);
    new Select(reach(browser.findElement(By.id("veld-sector")))).selectByValue("SPORT");
    press("organisatie-registreren");
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("veld-slug-fout")));
    assertThat(error.getText()).contains("De korte naam (slug) bestaat uit kleine letters en cijfers");
    assertThat(browser.findElement(By.id("veld-name")).getAttribute("value")).isEqualTo("Sportvereniging " + slug);
    assertThat(browser.findElement(By.cssSelector("#fouten-organisatie a")).getAttribute("href")).endsWith("#veld-slug");
    assertNoHorizontalScroll("/organisaties with a refusal");
    screenshot("organisations-refused-" + screen);

    type("veld-slug", slug);
    press("organisatie-registreren");
    WebElement confirmation = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bevestiging")));
    assertThat(confirmation.getText()).contains("Sportvereniging " + slug).contains("org-" + slug);
    assertThat(browser.findElement(By.id("organisatie-" + slug)).getText()).contains("Sport").contains("nog geen");
    assertThat(engine.getIdentityService().createGroupQuery().groupId("org-" + slug).count()).isEqualTo(1);

    // Its first user.
    new Select(reach(browser.findElement(By.id("veld-gebruiker-organisation")))).selectByValue(slug);
    type("veld-gebruiker-userId", slug + "-1");
    type("veld-gebruiker-firstName", "Sanne");
    type("veld-gebruiker-lastName", "de Boer");
    type("veld-gebruiker-email", "sanne@" + slug + ".example");
    type("veld-gebruiker-password", "eerste-wachtwoord-" + slug);
    press("gebruiker-toevoegen-knop");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bevestiging"), slug + "-1"));
    assertThat(browser.findElement(By.id("organisatie-" + slug)).getText()).contains(slug + "-1");
    assertNoHorizontalScroll("/organisaties after adding");
    screenshot("organisations-added-" + screen);
    signOut();

    // An organisation in the portal: the new one is a speler of its plan at once.
    signIn("elzis");
    browser.get(url("/portaal/plannen/nieuw"));
    WebElement spelers = wait.until(ExpectedConditions.presenceOfElementLocated(By.name("contributions[0].organization")));
    List<String> offered = new Select(spelers).getOptions().stream().map(o -> o.getAttribute("value")).toList();
    assertThat(offered).contains(slug, "swos").doesNotContain("elzis");
    new Select(reach(spelers)).selectByValue(slug);
    assertThat(new Select(spelers).getFirstSelectedOption().getText()).isEqualTo("Sportvereniging " + slug);
    List<String> kinds = new Select(browser.findElement(By.name("contributions[0].kind"))).getOptions().stream()
        .map(o -> o.getAttribute("value")).toList();
    assertThat(kinds).as("the code lists too").contains("money", "hours", "location", "expertise", "support");
    assertThat(browser.findElements(By.cssSelector("input[name='targetGroups']"))).hasSize(7);
    assertNoHorizontalScroll("the plan form");
    screenshot("organisations-offered-in-portal-" + screen);
    signOut();
    return slug;
  }

  // --- helpers ---

  private void signInAs(String user, String password) {
    browser.get(url("/login"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.id("sign-in")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  private void signOut() {
    reach(browser.findElement(By.cssSelector("header form.logout button"))).click();
    wait.until(ExpectedConditions.urlContains("/login"));
  }

  private String path() {
    return java.net.URI.create(browser.getCurrentUrl()).getPath();
  }

  private void type(String id, String text) {
    WebElement field = reach(browser.findElement(By.id(id)));
    field.clear();
    field.sendKeys(text);
  }



}
