package nl.coachplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.planintake.ContributionStatus;
import nl.coachplan.planintake.PlanRepository;
import nl.coachplan.planintake.PlanScenario;
import nl.coachplan.planintake.PlanStage;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A whole case in the organisations' portal: a plan submitted with two spelers, confirmed by both,
 * revised with a third, then the vacancy, the selection, the appointment and the year report, each
 * in the portal; the municipality's steps and the timers are driven through the engine's Java API.
 * Then the same submission on a phone. It runs on a Soest demo of its own (a context, and so an
 * in-memory database, of its own): the coach it appoints would otherwise change the demo's figures
 * that the manager's dashboard test reads.
 */
@org.springframework.test.context.TestPropertySource(properties = "coachplan.test.demo-copy=portal")
class PortalBrowserTest extends BrowserTestSupport {

  private static final DateTimeFormatter DUTCH_DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  @Autowired PlanRepository plans;
  @Autowired TransactionTemplate transactions;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anAanvoerderAndItsSpelersWorkAWholeCaseInThePortal() throws Exception {
    signIn("elzis");
    assertThat(path()).isEqualTo("/portaal");
    screenshot("portaal-desk-start");

    // The plan, with a Dutch amount and two spelers.
    browser.findElement(By.id("plan-indienen")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("indienen")));
    type("title", "Bewegen op recept in de wijk");
    // Enter in a single-line field sends nothing (portaal.js).
    browser.findElement(By.name("title")).sendKeys(Keys.ENTER);
    assertThat(browser.findElements(By.cssSelector(".error-summary"))).isEmpty();
    assertThat(path()).isEqualTo("/portaal/plannen/nieuw");
    type("goals", "Inwoners met een chronische aandoening via de huisarts naar sport- en beweegaanbod in de wijk.");
    check("targetGroups", "chronicallyIll");
    check("settings", "care");
    type("requestedFte", "0,5");
    select("profileType", "beweegcoach");
    select("outcomes[0].outcome", "health");
    type("outcomes[0].measure", "deelnemers die na een half jaar nog bewegen");
    type("aanvoerderContributionEuro", "22.500,00");
    select("contributions[0].organization", "mee");
    select("contributions[0].kind", "money");
    type("contributions[0].amountEuro", "1.500,50");
    assertThat(new Select(browser.findElement(By.name("contributions[0].organization"))).getOptions())
        .as("the spelers are the installation's organisations other than the aanvoerder")
        .noneMatch(o -> "elzis".equals(o.getAttribute("value"))).anyMatch(o -> "optisport".equals(o.getAttribute("value")));
    browser.findElement(By.xpath("//button[normalize-space()='Nog een speler toevoegen']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("contributions[1].organization")));
    assertThat(value("aanvoerderContributionEuro")).isEqualTo("22.500,00");
    assertThat(value("contributions[0].amountEuro")).isEqualTo("1.500,50");
    select("contributions[1].organization", "optisport");
    select("contributions[1].kind", "money");
    screenshot("plan-form-desk");
    // Money without an amount: the server refuses, in Dutch, at that field, and keeps everything typed.
    browser.findElement(By.id("indienen")).click();
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("veld-contributions-1-amountEuro-fout")));
    assertThat(error.getText()).contains("Bijdrage 2: vul het bedrag per jaar in.");
    assertThat(browser.findElement(By.cssSelector(".error-summary a")).getAttribute("href")).endsWith("#veld-contributions-1-amountEuro");
    assertThat(value("title")).isEqualTo("Bewegen op recept in de wijk");
    assertThat(value("contributions[0].amountEuro")).isEqualTo("1.500,50");
    screenshot("plan-form-refused-desk");
    select("contributions[1].kind", "location");
    type("contributions[1].description", "Sporthal in de daluren");
    browser.findElement(By.id("indienen")).click();
    String reference = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kenmerk"))).getText();
    assertThat(reference).matches("P-" + ProcessValues.today().getYear() + "-\\d{3}");
    assertThat(browser.findElement(By.id("dossier")).getAttribute("href")).endsWith("/cases/" + reference);
    screenshot("plan-submitted-desk");
    assertThat(inTx(() -> plans.findByReference(reference).orElseThrow().getAanvoerderContributionEuro())).isEqualByComparingTo("22500");
    signOut();

    // Both spelers confirm in the portal.
    signIn("mee");
    assertThat(path()).isEqualTo("/portaal");
    openTask(reference, "Bijdrage bevestigen");
    screenshot("task-confirm-desk");
    browser.findElement(By.name("contributionConfirmed")).click();
    assertThat(value("confirmedAmountEuro")).isEqualTo("1500,5");
    complete();
    signOut();
    signIn("optisport");
    openTask(reference, "Bijdrage bevestigen");
    browser.findElement(By.name("contributionConfirmed")).click();
    complete();
    signOut();
    assertThat(inTx(() -> plans.findByReference(reference).orElseThrow().getContributions().stream()
        .allMatch(c -> c.getStatus() == ContributionStatus.CONFIRMED))).isTrue();

    // The coordinator's screening sends it back.
    completeAsStaff(reference, "screenPlan", Map.of("screeningOutcome", "incomplete",
        "screeningRemarks", "Betrek ook een sportvereniging als speler."));

    // The aanvoerder revises it in the portal, adding a third speler.
    signIn("elzis");
    openTask(reference, "Plan aanpassen");
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Betrek ook een sportvereniging als speler.");
    assertThat(value("title")).isEqualTo("Bewegen op recept in de wijk");
    browser.findElement(By.xpath("//button[normalize-space()='Nog een speler toevoegen']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("contributions[2].organization")));
    select("contributions[2].organization", "vv-sec");
    select("contributions[2].kind", "hours");
    type("contributions[2].hoursPerYear", "40");
    screenshot("task-revise-desk");
    complete();
    signOut();
    for (Task confirm : taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("confirmContribution").unlimitedList()) {
      Map<String, Object> shown = taskService.getVariables(confirm.getId());
      taskService.complete(confirm.getId(), vars("contributionConfirmed", true, "confirmedAmountEuro", shown.get("confirmedAmountEuro"),
          "confirmedHoursPerYear", shown.get("confirmedHoursPerYear")));
    }
    assertThat(inTx(() -> plans.findByReference(reference).orElseThrow().getContributions().size())).isEqualTo(3);

    // Review, profile, budget and approval through the engine.
    completeAsStaff(reference, "screenPlan", Map.of("screeningOutcome", "complete"));
    completeAsStaff(reference, "jointReview", Map.of("reviewDate", ProcessValues.today().toString(), "reviewDecision", "approve", "approvedFte", 0.5));
    completeAsStaff(reference, "draftProfile", Map.of("profileType", "beweegcoach", "hoursPerWeek", 18, "tasks", "Beweegprogramma's",
        "competencies", ProcessValues.json(List.of("vulnerableGroups", "networking", "sportTechnical", "motivationalInterviewing"))));
    completeAsStaff(reference, "draftBudget", Map.of("salaryScale", "CAO Sport schaal 7", "annualCostPerFte", 50000, "otherCostsEuro", 2000));
    completeAsStaff(reference, "approveProfileAndBudget", Map.of("budgetDecision", "approve"));
    assertThat(inTx(() -> plans.findByReference(reference).orElseThrow().getStage())).isEqualTo(PlanStage.HIRING);

    // The vacancy, in the portal; a date that does not exist is refused at the field.
    LocalDate today = ProcessValues.today();
    LocalDate closing = today.plusDays(14);
    signIn("elzis");
    openTask(reference, "Vacature openen");
    type("vacancyText", "Beweegcoach, 18 uur per week, voor inwoners met een chronische aandoening.");
    type("closingDate", "31-02-" + closing.getYear());
    complete(false);
    WebElement dateError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("veld-closingDate-fout")));
    assertThat(dateError.getText()).contains("Deze datum bestaat niet");
    assertThat(browser.findElement(By.id("veld-closingDate")).getAttribute("aria-describedby")).contains("veld-closingDate-fout");
    assertThat(value("vacancyText")).startsWith("Beweegcoach, 18 uur");
    screenshot("task-vacancy-refused-desk");
    type("closingDate", closing.format(DUTCH_DAY));
    complete();
    signOut();

    // The closing date passes: the test fires the timer.
    ClockUtil.setCurrentTime(ProcessValues.startOfDay(closing.plusDays(1)));
    fireTimer(reference);

    signIn("elzis");
    openTask(reference, "Kandidaat selecteren");
    browser.findElement(By.cssSelector("input[name='selectionOutcome'][value='selected']")).click();
    complete();
    LocalDate start = closing.plusDays(30);
    openTask(reference, "Coach aanstellen");
    type("coachName", "Sanne de Vries");
    type("startDate", start.format(DUTCH_DAY));
    type("hoursPerWeek", "18");
    screenshot("task-appoint-desk");
    complete();
    signOut();

    // Eight weeks before the contract's end the year report falls due.
    ClockUtil.setCurrentTime(ProcessValues.startOfDay(start.plusYears(1).minusWeeks(8).plusDays(1)));
    fireTimer(reference + "/1");
    signIn("elzis");
    openTask(reference, "Jaarverslag indienen");
    type("participantsReached", "64");
    // A care plan, not in the work setting: no participatieladder, its own outcome instead.
    assertThat(browser.findElements(By.name("ladderStart.rung1"))).as("the ladder of a plan outside the work setting").isEmpty();
    assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Participatieladder");
    type("outcomeResults[0].resultText", "Twee derde beweegt na een half jaar nog wekelijks.");
    type("outcomeResults[0].resultNumber", "42");
    type("stories", "Een deelnemer wandelt nu elke week met de buurvrouw.");
    type("photoLinks[0].url", "https://example.org/fotos/beweeggroep.jpg");
    type("highlights", "Wekelijkse beweeggroep met de praktijkondersteuner.");
    type("spentEuro", "24.350,75");
    check("embeddingSteps", "partnerCommitment");
    screenshot("task-year-report-desk");
    complete();
    screenshot("portaal-desk-after");
    String caseText = inTx(() -> {
      var plan = plans.findByReference(reference).orElseThrow();
      return plan.getStage().name();
    });
    assertThat(caseText).isEqualTo(PlanStage.ACTIVE.name());
    browser.get(url("/cases/" + reference));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Sanne de Vries").contains("Gezondheid")
        .contains("Twee derde beweegt");
    screenshot("case-file-desk");
  }

  @Test
  void aPlanIsSubmittedOnAPhone() throws Exception {
    browser.manage().window().setSize(new Dimension(390, 844));
    signIn("stichting-balans");
    assertThat(path()).isEqualTo("/portaal");
    assertNoHorizontalScroll("portal");
    screenshot("portaal-phone");
    browser.findElement(By.id("plan-indienen")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("indienen")));
    assertNoHorizontalScroll("plan form");
    screenshot("plan-form-phone");
    type("title", "Sportief na school");
    type("goals", "Meer jongeren in beweging na schooltijd.");
    check("targetGroups", "youth");
    check("settings", "school");
    type("requestedFte", "0,5");
    select("profileType", "buurtsportcoach");
    type("aanvoerderContributionEuro", "twintigduizend");
    select("contributions[0].organization", "vv-sec");
    select("contributions[0].kind", "money");
    type("contributions[0].amountEuro", "2.000");
    reach(browser.findElement(By.xpath("//button[normalize-space()='Nog een speler toevoegen']"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.name("contributions[1].organization")));
    select("contributions[1].organization", "swos");
    select("contributions[1].kind", "hours");
    type("contributions[1].hoursPerYear", "80");
    // The page shown after adding a row may already carry the error: wait for the answer to this press.
    press("indienen");
    // A number that is not a number: a Dutch error at the field, without asking the server.
    WebElement error = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("veld-aanvoerderContributionEuro-fout")));
    assertThat(error.getText()).contains("Vul een getal in");
    assertNoHorizontalScroll("refused plan form");
    screenshot("plan-form-refused-phone");
    reach(browser.findElement(By.cssSelector(".error-summary")));
    screenshot("plan-form-refused-summary-phone");
    type("aanvoerderContributionEuro", "20.000");
    WebElement submit = reach(browser.findElement(By.id("indienen")));
    assertThat(within(submit)).as("the submit button fits the phone's width").isTrue();
    screenshot("plan-form-bottom-phone");
    submit.click();
    String reference = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kenmerk"))).getText();
    assertThat(reference).matches("P-" + ProcessValues.today().getYear() + "-\\d{3}");
    assertNoHorizontalScroll("submitted");
    screenshot("plan-submitted-phone");
    assertThat(inTx(() -> plans.findByReference(reference).orElseThrow().getContributions().size())).isEqualTo(2);

    // Second thoughts: withdrawn from its case file, after the question.
    reach(browser.findElement(By.id("dossier"))).click();
    reach(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-intrekken")))).click();
    assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("vraag"))).getText())
        .isEqualTo("Wilt u plan " + reference + ", Sportief na school, intrekken?");
    type("reason", "Geen trainers gevonden.");
    WebElement withdraw = reach(browser.findElement(By.id("intrekken")));
    assertThat(within(withdraw)).as("the button fits the phone's width").isTrue();
    assertNoHorizontalScroll("withdrawal question");
    screenshot("plan-withdraw-phone");
    press("intrekken");
    assertWithdrawn(reference, "Geen trainers gevonden.");
  }

  @Test
  void aPlanIsWithdrawnAtADeskAndAnOverlongReasonIsRefusedAtItsField() throws Exception {
    ProcessInstance intake = runtime.startProcessInstanceByKey("plan-intake",
        PlanScenario.plan(ProcessValues.today().getYear(), List.of()));
    String reference = runtime.createProcessInstanceQuery().processInstanceId(intake.getId()).singleResult().getBusinessKey();
    signIn("werk-en-inkomen");
    browser.get(url("/cases/" + reference));
    reach(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-intrekken")))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("intrekken")));
    WebElement reason = browser.findElement(By.id("reden"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", reason, "x".repeat(4001));
    press("intrekken");
    WebElement error = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reden-fout")));
    assertThat(error.getText()).contains("De reden mag hoogstens 4000 tekens lang zijn; u typte er 4001.");
    assertThat(browser.findElement(By.cssSelector(".error-summary a")).getAttribute("href")).endsWith("#reden");
    assertThat(inTx(() -> plans.findByReference(reference).orElseThrow().getStage())).isNotEqualTo(PlanStage.WITHDRAWN);
    screenshot("plan-withdraw-refused-desk");
    type("reason", "Samengevoegd met een ander plan.");
    press("intrekken");
    assertWithdrawn(reference, "Samengevoegd met een ander plan.");
  }

  private void assertWithdrawn(String reference, String reason) {
    assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bevestiging"))).getText())
        .isEqualTo("Plan " + reference + " is ingetrokken. De spelers en de coördinator zien dat in dit dossier.");
    assertThat(browser.findElement(By.cssSelector("dd .stage")).getText()).isEqualTo("Ingetrokken");
    assertThat(browser.findElement(By.tagName("main")).getText()).contains(reason);
    assertThat(browser.findElements(By.id("plan-intrekken"))).isEmpty();
    assertNoHorizontalScroll("withdrawn case file");
    assertThat(inTx(() -> plans.findByReference(reference).orElseThrow().getStage())).isEqualTo(PlanStage.WITHDRAWN);
  }

  @Test
  void binkDividesItsApprovedFteIntoPostsOnAPhone() throws Exception {
    // A round of its own, after the demo's (whose fte this year are nearly all taken) and the Tasklist test's.
    int year = ProcessValues.today().getYear() + 2;
    String round = "round-" + year;
    runtime.startProcessInstanceByKey("funding-round", Map.of("year", year, "grantedFte", 10, "rijksbijdragePerFte", 20000,
        "localShareMinimumPercent", 60, "inKindCountsAsCofinancing", false, "callDeadline", year + "-06-30"));
    completeAsStaff(round, "prepareMeeting", Map.of("meetingDate", year + "-03-17", "meetingLocation", "Raadhuis Soest",
        "invitedOrganizations", ProcessValues.json(List.of("bink-kinderopvang"))));
    fireTimer(round);
    completeAsStaff(round, "recordMeeting", Map.of("attendingOrganizations", ProcessValues.json(List.of("bink-kinderopvang")),
        "meetingNotes", "Goed bezocht."));
    Map<String, Object> submission = new java.util.HashMap<>(nl.coachplan.planintake.PlanScenario.plan(year, List.of()));
    submission.putAll(Map.of("aanvoerder", "bink-kinderopvang", "title", "Drie buurtsportcoaches in de kinderopvang",
        "requestedFte", 2.4));
    ProcessInstance intake = runtime.startProcessInstanceByKey("plan-intake", submission);
    String reference = runtime.createProcessInstanceQuery().processInstanceId(intake.getId()).singleResult().getBusinessKey();
    completeAsStaff(reference, "screenPlan", Map.of("screeningOutcome", "complete"));
    completeAsStaff(reference, "jointReview", Map.of("reviewDate", ProcessValues.today().toString(), "reviewDecision", "approve",
        "approvedFte", 2.4));

    browser.manage().window().setSize(new Dimension(390, 844));
    signIn("bink-kinderopvang");
    openTask(reference, "Functieprofiel opstellen");
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Goedgekeurde fte: 2,4");
    assertThat(value("fullTimeHours")).as("the municipality's full-time week to start from").startsWith("36");
    type("tasks", "Elke dag bewegen in de kinderopvang en de BSO, met doorstroom naar sportverenigingen.");
    type("posts[0].title", "Kinderdagverblijf");
    type("posts[0].hoursPerWeek", "36");
    reach(browser.findElement(By.xpath("//button[normalize-space()='Nog een post toevoegen']"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.name("posts[1].hoursPerWeek")));
    type("posts[1].title", "BSO");
    type("posts[1].hoursPerWeek", "36");
    reach(browser.findElement(By.xpath("//button[normalize-space()='Nog een post toevoegen']"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.name("posts[2].hoursPerWeek")));
    type("posts[2].hoursPerWeek", "18");
    assertNoHorizontalScroll("profile form with three posts");
    screenshot("task-profile-posts-phone");
    // Together more than approved: refused in Dutch at the posts, with everything typed kept.
    complete(false);
    WebElement error = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("veld-posts-fout")));
    assertThat(error.getText()).contains("De 3 posts (36 + 36 + 18 uur per week) zijn samen 2,5 fte")
        .contains("meer dan de goedgekeurde 2,4 fte");
    assertThat(value("posts[1].title")).isEqualTo("BSO");
    screenshot("task-profile-posts-refused-phone");
    type("posts[2].hoursPerWeek", "14,4");
    complete();
    assertThat(inTx(() -> plans.findByReference(reference).orElseThrow().getStage())).isEqualTo(PlanStage.DRAFTING);
    browser.get(url("/cases/" + reference));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Post 1 · Kinderdagverblijf").contains("Post 2 · BSO")
        .contains("Post 3");
    assertNoHorizontalScroll("case file with posts");
    screenshot("case-file-posts-phone");
  }

  // --- helpers ---

  private <T> T inTx(java.util.function.Supplier<T> read) {
    return transactions.execute(status -> read.get());
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

  private void select(String name, String value) {
    new Select(reach(browser.findElement(By.name(name)))).selectByValue(value);
  }

  private void check(String name, String value) {
    reach(browser.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"))).click();
  }

  private void signOut() {
    browser.findElement(By.cssSelector("header form.logout button")).click();
    wait.until(ExpectedConditions.urlContains("/login"));
  }

  private void openTask(String reference, String name) {
    browser.get(url("/portaal"));
    reach(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//ul[@id='taken']/li[contains(., '" + reference + "')]//a[normalize-space()='" + name + "']")))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("afronden")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
  }

  private void complete() {
    complete(true);
  }

  private void complete(boolean expectDone) {
    reach(browser.findElement(By.id("afronden"))).click();
    if (expectDone) {
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bevestiging")));
      assertThat(path()).isEqualTo("/portaal");
    }
  }

  private void completeAsStaff(String reference, String taskKey, Map<String, Object> values) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task %s", taskKey).isNotNull();
    taskService.complete(task.getId(), new java.util.HashMap<>(values));
  }

  private void fireTimer(String businessKey) {
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).active().unlimitedList().stream()
        .findFirst().orElseThrow();
    Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(job).as("a timer waits in %s", businessKey).isNotNull();
    engine.getManagementService().executeJob(job.getId());
  }

  private static Map<String, Object> vars(Object... pairs) {
    Map<String, Object> map = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
