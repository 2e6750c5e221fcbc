package nl.coachplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nl.coachplan.activitylisting.Activities;
import nl.coachplan.activitylisting.Activity;
import nl.coachplan.activitylisting.ActivityForms;
import nl.coachplan.activitylisting.ActivityStatus;
import nl.coachplan.identity.Viewer;
import nl.coachplan.organisation.Wijk;
import nl.coachplan.organisation.WijkRepository;
import nl.coachplan.wijkcollaboration.WijkCollaborations;
import nl.coachplan.wijkcollaboration.WijkEvaluationRepository;
import nl.coachplan.wijkcollaboration.WijkForms;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The coordinator's work for the wijk in the Dutch Tasklist: agreeing an activity's five criteria
 * (at desk and at phone width) and recording the yearly look back on working together in a wijk.
 */
@org.springframework.test.context.TestPropertySource(properties = "coachplan.test.demo-copy=wijk-tasklist")
class WijkTasklistBrowserTest extends TasklistBrowserSupport {

  @Autowired RuntimeService runtime;
  @Autowired Activities activities;
  @Autowired WijkCollaborations collaborations;
  @Autowired WijkRepository wijken;
  @Autowired WijkEvaluationRepository evaluations;

  private Activity statedActivity(String title) {
    Wijk wijk = wijken.findByCode("WK034202").orElseThrow();
    return activities.register(new Viewer("vv-sec", List.of("org-vv-sec")), new ActivityForms.ActivityForm(null, title,
        "Bewegen op muziek in de kantine.", wijk.getCode(), null, List.of("elderly"), "vrijdag 10.00 uur", "Kantine VV SEC",
        new BigDecimal("3.00"), new ActivityForms.Criteria(true, true, true, true, true)));
  }

  private ProcessInstance listingOf(Activity activity) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(activity.businessKey()).singleResult();
  }

  private void check(String key) {
    WebElement box = reach(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[id$='Field_" + key + "']"))));
    if (!box.isSelected()) {
      ((JavascriptExecutor) browser).executeScript("arguments[0].click();", box);
    }
  }

  private void agreeAllFive(Activity activity) throws Exception {
    ProcessInstance listing = listingOf(activity);
    openTask(listing, "agreeCriteria");
    String form = browser.findElement(By.cssSelector(".fjs-container")).getText();
    assertThat(form).contains("Criteria afstemmen", activity.getTitle(), "VV SEC", "Kosten van deelname", "Geeft terugkoppeling");
    for (String key : List.of("agreedOpenToVulnerableGroups", "agreedWelcomesNewParticipants", "agreedSafeGuidance",
        "agreedQualityAndContinuity", "agreedGivesFeedback")) {
      check(key);
    }
    type(field("agreementRemarks"), "Besproken met VV SEC en het wijkteam.");
    complete(listing, "agreeCriteria");
    ActivityStatus status = activities.one(Viewer.application(), activity.getId()).getStatus();
    assertThat(status).isEqualTo(ActivityStatus.LISTED);
  }

  @Test
  void theCoordinatorAgreesAnActivityAndLooksBackOnAWijk() throws Exception {
    Activity activity = statedActivity("Stoelgym");
    signIn("coordinator");
    agreeAllFive(activity);
    assertThat(activities.listed("WK034202", null, null)).extracting(Activity::getTitle).contains("Stoelgym");

    // A wijk of its own; its look back falls due.
    Wijk wijk = collaborations.create(new Viewer("coordinator", List.of("coordinator")), new WijkForms.NewWijk("WK034209", "Testwijk"));
    ProcessInstance collaboration = runtime.createProcessInstanceQuery().processInstanceBusinessKey("wijk-" + wijk.getCode()).singleResult();
    Job day = engine.getManagementService().createJobQuery().processInstanceId(collaboration.getId()).timers().singleResult();
    engine.getManagementService().executeJob(day.getId());
    openTask(collaboration, "evaluateCollaboration");
    assertThat(browser.findElement(By.cssSelector(".fjs-container")).getText()).contains("Testwijk", "Verwijzingen");
    typeDate("heldOn", nl.coachplan.engine.ProcessValues.today().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));
    check("wijkteamPresent");
    type("wentWell", "Korte lijnen met de huisartsen.");
    // The last field is left as a person leaves it, so the form takes what was typed.
    type(field("agreements"), "Elk kwartaal een kort overleg.");
    complete(collaboration, "evaluateCollaboration");
    assertThat(evaluations.findOfWijk(wijk.getCode())).singleElement()
        .satisfies(e -> assertThat(e.getAgreements()).isEqualTo("Elk kwartaal een kort overleg."));
  }

  @Test
  void onAPhoneTooTheCoordinatorAgreesTheFiveCriteria() throws Exception {
    Activity activity = statedActivity("Dansen op leeftijd");
    browser.manage().window().setSize(new Dimension(390, 844));
    signIn("coordinator");
    agreeAllFive(activity);
    screenshot("wijk-tasklist-phone");
  }
}
