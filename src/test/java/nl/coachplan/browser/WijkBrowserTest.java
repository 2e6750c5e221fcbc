package nl.coachplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nl.coachplan.activitylisting.Activities;
import nl.coachplan.activitylisting.Activity;
import nl.coachplan.activitylisting.ActivityForms;
import nl.coachplan.activitylisting.ActivityStatus;
import nl.coachplan.engine.FormValues;
import nl.coachplan.identity.Viewer;
import nl.coachplan.organisation.Wijk;
import nl.coachplan.organisation.WijkRepository;
import nl.coachplan.wijkcollaboration.WijkCollaborations;
import nl.coachplan.wijkcollaboration.WijkForms;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The wijk in the portal, at desk and at phone width: the wijkteam searches the aanbod of a wijk and
 * refers someone to SWOS's listed walking group (a BSN in the note is refused at the field), SWOS
 * answers "Gestart" and registers a new activity through the form, and the wijkteam reads the
 * answer. The wijk and the listed activity are set up through the services; on a Soest demo of its
 * own, so the other browser tests' figures stay as they are.
 */
@org.springframework.test.context.TestPropertySource(properties = "coachplan.test.demo-copy=wijk")
class WijkBrowserTest extends BrowserTestSupport {

  private static final String WIJKTEAM = "wijkteam-browser";
  private static final Viewer COORDINATOR = new Viewer("coordinator", List.of("coordinator"));
  private static final Viewer SWOS = new Viewer("swos", List.of("org-swos"));

  @Autowired WijkCollaborations collaborations;
  @Autowired WijkRepository wijkRepository;
  @Autowired Activities activities;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  @BeforeEach
  void wijkteamUser() {
    if (identityService.createUserQuery().userId(WIJKTEAM).count() == 0) {
      User user = identityService.newUser(WIJKTEAM);
      user.setFirstName("Medewerker");
      user.setLastName("Wijkteam");
      user.setPassword(WIJKTEAM);
      identityService.saveUser(user);
      identityService.createMembership(WIJKTEAM, "wijkteam");
    }
  }

  @Test
  void theWijkteamRefersAndTheProviderAnswersAtDeskWidth() throws Exception {
    referAnswerAndRegister("desk");
  }

  @Test
  void theWijkteamRefersAndTheProviderAnswersOnAPhone() throws Exception {
    browser.manage().window().setSize(new Dimension(390, 844));
    referAnswerAndRegister("phone");
  }

  private void referAnswerAndRegister(String width) throws Exception {
    Wijk wijk = freshWijk();
    Activity walking = listedWalkingGroup(wijk);

    // The wijkteam: its home offers the aanbod and its referrals, and no plans.
    signIn(WIJKTEAM);
    assertThat(path()).isEqualTo("/portaal");
    assertThat(main()).contains("Aanbod zoeken").contains("Uw verwijzingen").doesNotContain("Uw plannen");
    assertThat(browser.findElements(By.id("plan-indienen"))).isEmpty();
    assertNoHorizontalScroll("wijkteam home");
    screenshot("wijk-home-wijkteam-" + width);

    reach(browser.findElement(By.id("aanbod-zoeken"))).click();
    new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("zoek-wijk")))).selectByValue(wijk.getCode());
    reach(browser.findElement(By.id("zoek"))).click();
    WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//ul[@id='resultaten']/li[contains(., '" + walking.getTitle() + "')]")));
    assertThat(card.getText()).contains("SWOS").contains("dinsdag 10.00-11.00 uur").contains("Wijkcentrum").contains("gratis")
        .contains("Ouderen");
    assertNoHorizontalScroll("search results");
    screenshot("wijk-search-" + width);
    reach(card.findElement(By.partialLinkText("Verwijzen"))).click();

    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verwijzen")));
    assertThat(main()).contains("Coachplan neemt geen persoonsgegevens op").contains("geboortedatum").contains("warm over");
    assertThat(new Select(browser.findElement(By.name("wijk"))).getFirstSelectedOption().getAttribute("value"))
        .as("the wijk searched in is chosen").isEqualTo(wijk.getCode());
    choose("source", "huisarts");
    type("note", "Meneer met BSN 111222333 zoekt iets in de ochtend.");
    press("verwijzen");
    WebElement error = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("veld-note-fout")));
    assertThat(error.getText()).contains("Dit lijkt een BSN").contains("noem geen naam, BSN, geboortedatum of adres");
    assertThat(browser.findElement(By.cssSelector(".error-summary a")).getAttribute("href")).endsWith("#veld-note");
    assertThat(value("note")).isEqualTo("Meneer met BSN 111222333 zoekt iets in de ochtend.");
    assertThat(browser.findElement(By.cssSelector("input[name='source'][value='huisarts']")).isSelected()).isTrue();
    assertNoHorizontalScroll("refused referral");
    screenshot("wijk-refer-refused-" + width);
    type("note", "Zoekt iets in de ochtend, komt met de bus.");
    press("verwijzen");
    assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bevestiging"))).getText())
        .contains("Verwezen naar " + walking.getTitle());
    assertThat(path()).matches("/portaal/verwijzingen/\\d+");
    String referralPath = path();
    assertThat(browser.findElement(By.id("stand")).getText()).isEqualTo("Wacht op antwoord");
    assertThat(browser.findElements(By.id("antwoorden-knop"))).as("the wijkteam does not answer for the provider").isEmpty();
    browser.get(url("/portaal/verwijzingen"));
    WebElement mine = referralCard(referralPath);
    assertThat(mine.getText()).contains(walking.getTitle()).contains("Huisarts").contains("Wacht op antwoord");
    assertNoHorizontalScroll("wijkteam's referrals");
    signOut();

    // SWOS: its home counts the referral awaiting its answer; it answers "Gestart".
    signIn("swos");
    assertThat(browser.findElement(By.id("wachtend")).getText()).contains("op uw antwoord");
    screenshot("wijk-home-provider-" + width);
    reach(browser.findElement(By.id("verwijzingen"))).click();
    WebElement received = referralCard(referralPath);
    assertThat(received.getText()).contains("Zoekt iets in de ochtend, komt met de bus.").contains("Huisarts")
        .contains(wijk.getName()).contains("Wacht op antwoord");
    assertNoHorizontalScroll("provider's referrals");
    reach(received.findElement(By.linkText("Antwoorden"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("antwoorden-knop")));
    assertThat(main()).contains("Noem geen naam of andere persoonsgegevens");
    choose("status", "started");
    type("note", "Was er dinsdag, komt volgende week weer.");
    screenshot("wijk-answer-" + width);
    press("antwoorden-knop");
    assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bevestiging"))).getText()).contains("Gestart");
    assertThat(browser.findElement(By.id("stand")).getText()).isEqualTo("Gestart");
    assertNoHorizontalScroll("answered referral");

    // SWOS registers a new activity; it waits for the coordinator.
    browser.get(url("/portaal/aanbod"));
    reach(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("activiteit-aanmelden")))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("opslaan")));
    assertNoHorizontalScroll("activity form");
    String title = "Beweegochtend in " + wijk.getName();
    type("title", title);
    type("description", "Rustig bewegen op muziek, met koffie na afloop.");
    choose("wijken", wijk.getCode());
    choose("targetGroups", "elderly");
    type("schedule", "donderdag 9.30-10.30 uur");
    type("place", "Buurthuis");
    type("costPerMonthEuro", "2,50");
    for (String criterion : List.of("openToVulnerableGroups", "welcomesNewParticipants", "safeGuidance", "qualityAndContinuity",
        "givesFeedback")) {
      choose("criteria." + criterion, "true");
    }
    assertThat(main()).contains("a. Open voor kwetsbare groepen").contains("e. Terugkoppeling aan het wijkteam");
    screenshot("wijk-activity-form-" + width);
    // An impatient double click registers it once.
    answerTo(() -> ((JavascriptExecutor) browser).executeScript(
        "const button = arguments[0]; button.click(); setTimeout(() => button.click(), 40);",
        reach(browser.findElement(By.id("opslaan")))));
    assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bevestiging"))).getText()).contains("Aangemeld: " + title);
    WebElement registered = browser.findElement(By.xpath("//ul[@id='aanbod']/li[contains(., '" + title + "')]"));
    assertThat(registered.getText()).contains("Criteria worden afgestemd").contains("€ 2,50 per maand");
    assertNoHorizontalScroll("our aanbod");
    screenshot("wijk-aanbod-" + width);
    assertThat(activities.ofViewer(SWOS).stream().filter(a -> a.getTitle().equals(title)).toList())
        .as("one activity for a double click").singleElement().extracting(Activity::getStatus).isEqualTo(ActivityStatus.PROPOSED);

    // Withdrawing it asks first.
    reach(registered.findElement(By.partialLinkText("Intrekken"))).click();
    assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("vraag"))).getText())
        .isEqualTo("Wilt u " + title + " intrekken?");
    assertNoHorizontalScroll("withdrawal question");
    press("intrekken");
    assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bevestiging"))).getText()).contains("Ingetrokken: " + title);
    assertThat(browser.findElements(By.xpath("//ul[@id='aanbod']/li[contains(., '" + title + "')]"))).as("out of the list").isEmpty();
    signOut();

    // The wijkteam reads the answer.
    signIn(WIJKTEAM);
    browser.get(url("/portaal/verwijzingen"));
    WebElement answered = referralCard(referralPath);
    assertThat(answered.getText()).contains("Gestart").contains("Was er dinsdag, komt volgende week weer.")
        .doesNotContain("Wacht op antwoord");
    screenshot("wijk-referrals-answered-" + width);
    signOut();
  }

  // --- set up through the services ---

  /** A wijk of Soest not used yet, entered by the coordinator. */
  private Wijk freshWijk() {
    for (int n = 1; n < 100; n++) {
      String code = String.format("WK0342%02d", n);
      if (wijkRepository.findByCode(code).isEmpty()) {
        return collaborations.create(COORDINATOR, new WijkForms.NewWijk(code, "Browserwijk " + n));
      }
    }
    throw new IllegalStateException("Alle wijkcodes van de test zijn op");
  }

  /** SWOS's walking group in the wijk, all five criteria agreed by the coordinator. */
  private Activity listedWalkingGroup(Wijk wijk) {
    Activity activity = activities.register(SWOS, new ActivityForms.ActivityForm(null, "Wandelgroep " + wijk.getName(),
        "Elke week samen wandelen, met koffie na afloop.", wijk.getCode(), null, List.of("elderly", "chronicallyIll"),
        "dinsdag 10.00-11.00 uur", "Wijkcentrum", BigDecimal.ZERO, new ActivityForms.Criteria(true, true, true, true, true)));
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(activity.businessKey()).taskDefinitionKey("agreeCriteria")
        .singleResult();
    taskService.complete(task.getId(), FormValues.of(new ActivityForms.Agreement(true, true, true, true, true, "Afgestemd.")));
    assertThat(activities.one(SWOS, activity.getId()).getStatus()).isEqualTo(ActivityStatus.LISTED);
    return activity;
  }

  // --- helpers ---

  private WebElement referralCard(String referralPath) {
    String id = "verwijzing-" + referralPath.substring(referralPath.lastIndexOf('/') + 1);
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  private String main() {
    return browser.findElement(By.tagName("main")).getText();
  }

  private String path() {
    return java.net.URI.create(browser.getCurrentUrl()).getPath();
  }

  private void type(String name, String text) {
    WebElement field = reach(browser.findElement(By.name(name)));
    field.clear();
    field.sendKeys(text);
  }

  private String value(String name) {
    return browser.findElement(By.name(name)).getAttribute("value");
  }

  private void choose(String name, String value) {
    reach(browser.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"))).click();
  }




  private void signOut() {
    reach(browser.findElement(By.cssSelector("header form.logout button"))).click();
    wait.until(ExpectedConditions.urlContains("/login"));
  }
}
