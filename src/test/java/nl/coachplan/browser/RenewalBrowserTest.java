package nl.coachplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.planintake.ContributionStatus;
import nl.coachplan.planintake.PlanRepository;
import nl.coachplan.planintake.PlanScenario;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A contract year's renewal in the browser: the aanvoerder, as employer, prepares next year in the
 * portal (fewer hours, a new speler; a bad value refused at the field), the spelers answer through
 * the engine (two stop, so next year's budget is unsound), the coordinator records the joint
 * conversation and the gemeente's decision in the Dutch Tasklist, and the aanvoerder renews the
 * contract in the portal. A speler of the plan sees none of the employer's tasks. Then a second
 * case on a phone. The case up to the renewal (a round of next year, plan, approval, hiring, year
 * report) is driven through the engine's Java API. On a Soest demo of its own: the coaches it appoints would change
 * the figures other browser tests read.
 */
@org.springframework.test.context.TestPropertySource(properties = "coachplan.test.demo-copy=renewal")
class RenewalBrowserTest extends BrowserTestSupport {

  private static final DateTimeFormatter DUTCH_DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final String PREPARE = "Volgend contractjaar voorbereiden";
  private static final String DECIDE = "Besluit werkgever: arbeidscontract";
  /** Camunda's English and raw translation keys that must not show on the staff's pages (as StaffTasklistBrowserTest). */
  private static final List<String> ENGLISH = List.of("Start process", "Claim", "Complete", "Field is required", "Nothing to show",
      "Due ", " ago", "Created", "Filter Tasks", "Sort by", "Log out", "Select a task", "Powered by", "Camunda 8", "migrate",
      "Close", "Add a simple filter", "Keyboard Shortcuts", "Follow-up", "Set follow-up date", "Form", "History",
      "Description", "Search", "Select", "No results", "Add new", "Task", "Back", "Cancel");
  private static final Pattern RAW_KEY = Pattern.compile("\\b[A-Z][A-Z0-9]+(_[A-Z0-9]+)+\\b");

  @Autowired PlanRepository plans;
  @Autowired nl.coachplan.fundinground.FundingRoundRepository rounds;
  @Autowired TransactionTemplate transactions;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theEmployerAndTheGemeenteWorkARenewalWithAnUnsoundBudget() throws Exception {
    String reference = caseAtRenewal();
    ProcessInstance year = contractYear(reference);
    Task prepare = openTaskOf(year, "prepareNextYear");

    // A speler of the plan is not offered the employer's task, in its list or by its address.
    signIn("swos");
    assertThat(path()).isEqualTo("/portaal");
    assertThat(taskList()).doesNotContain(prepare.getId()).doesNotContain(PREPARE);
    browser.get(url("/portaal/taken/" + prepare.getId()));
    assertThat(browser.findElements(By.id("afronden"))).as("swos gets no form for the employer's task").isEmpty();
    // It sees the case (it is a speler of the plan), so it is told the task is not its own.
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Niet toegestaan").contains("niet voor u of uw organisatie");
    screenshot("renewal-speler-not-offered");
    signOut();

    signIn("werk-en-inkomen");
    openPortalTask(reference, PREPARE);
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("U bent de werkgever van de coach");
    assertThat(value("nextYearHoursPerWeek")).as("prefilled with this year's hours").isEqualTo("36");
    check("contractIntention", "continue");
    type("nextYearHoursPerWeek", "60");
    // A new speler: a row of the dynamic list, added by the page (everything typed stays).
    reach(browser.findElement(By.xpath("//button[normalize-space()='Nog een speler toevoegen']"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("newContributions[0].organization")));
    assertThat(value("nextYearHoursPerWeek")).isEqualTo("60");
    assertThat(browser.findElement(By.cssSelector("input[name='contractIntention'][value='continue']")).isSelected()).isTrue();
    assertThat(new Select(browser.findElement(By.name("newContributions[0].organization"))).getOptions())
        .as("the organisations the aanvoerder may add").anyMatch(o -> "elzis".equals(o.getAttribute("value")));
    select("newContributions[0].organization", "elzis");
    select("newContributions[0].kind", "money");
    type("newContributions[0].description", "Beweegprogramma in de huisartsenpraktijk");
    screenshot("renewal-prepare-desk");

    // More hours than a week has: refused in Dutch at the field, before the server is asked.
    complete(false);
    WebElement hoursError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("veld-nextYearHoursPerWeek-fout")));
    assertThat(hoursError.getText()).contains("Vul hoogstens 40 in.");
    assertThat(browser.findElement(By.id("veld-nextYearHoursPerWeek")).getAttribute("aria-describedby")).contains("veld-nextYearHoursPerWeek-fout");
    assertThat(browser.findElement(By.cssSelector(".error-summary a")).getAttribute("href")).endsWith("#veld-nextYearHoursPerWeek");
    assertThat(value("newContributions[0].description")).isEqualTo("Beweegprogramma in de huisartsenpraktijk");
    screenshot("renewal-prepare-refused-desk");
    assertNothingChanged(year, reference);

    // Money without an amount: the server refuses it, in Dutch, at the row's field.
    type("nextYearHoursPerWeek", "32");
    complete(false);
    WebElement amountError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("veld-newContributions-0-amountEuro-fout")));
    assertThat(amountError.getText()).contains("Nieuwe bijdrage 1: vul het bedrag per jaar in.");
    assertThat(value("nextYearHoursPerWeek")).isEqualTo("32");
    assertNothingChanged(year, reference);

    type("newContributions[0].amountEuro", "1.000");
    complete(true);
    assertThat(taskService.createTaskQuery().processInstanceId(year.getId()).taskDefinitionKey("prepareNextYear").count()).isZero();
    assertThat(spelerStatus(reference, "elzis")).as("the new speler confirms first").isEqualTo(ContributionStatus.PENDING);
    signOut();

    // The spelers answer: Zippies and MEE stop, Elzis joins. Next year's budget no longer holds.
    answerReconfirmations(year, "zippies-bso", "mee");
    assertThat(spelerStatus(reference, "elzis")).isEqualTo(ContributionStatus.CONFIRMED);
    Task conversation = openTaskOf(year, "jointConversation");
    assertThat(conversation).as("an unsound budget opens the joint conversation").isNotNull();

    // The coordinator in the Tasklist: the joint conversation, then the gemeente's decision.
    signIn("coordinator");
    wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
    openStaffTask(year, "jointConversation");
    assertThat(formText()).contains("Gezamenlijk gesprek over de begroting").contains("voldoet niet");
    assertDutch("het gezamenlijk gesprek");
    // Pressed before anything is filled in: the form's own check answers in Dutch, the task stays
    // open, and the button comes back once the form is valid (below).
    pressComplete();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-container"), "Dit veld is verplicht."));
    assertThat(taskService.createTaskQuery().processInstanceId(year.getId()).taskDefinitionKey("jointConversation").count()).isEqualTo(1);
    assertDutch("het gezamenlijk gesprek, nog niet ingevuld");
    screenshot("renewal-joint-conversation-empty");
    typeDate("conversationDate", ProcessValues.today().format(DUTCH_DAY));
    for (String attendee : List.of("Werk & Inkomen Soest", "SWOS ouderenwelzijn", "MEE", "Zippies BSO")) {
      attend(attendee);
    }
    typeStaff("agreedSolution", "De gemeente vult het tekort aan uit het participatiebudget; MEE denkt mee over een nieuwe bijdrage.");
    assertDutch("het ingevulde gezamenlijk gesprek");
    assertLabelsWhole("het gezamenlijk gesprek");
    screenshot("renewal-joint-conversation");
    completeStaff(year, "jointConversation");
    assertThat(historicValue(year, "conversationDate")).isEqualTo(ProcessValues.today().toString());

    openStaffTask(year, "evaluateYear");
    assertThat(formText()).contains("Besluit gemeente: fte en rijksbijdrage").contains("Gezamenlijk gesprek").contains("participatiebudget");
    radio("fundingDecision", 0);
    assertDutch("het besluit van de gemeente");
    assertLabelsWhole("het besluit van de gemeente");
    screenshot("renewal-evaluate-year");
    completeStaff(year, "evaluateYear");
    signOutOfWebapps();

    // The employer decides on the contract in the portal; the speler still sees nothing of it.
    Task decide = openTaskOf(year, "decideContract");
    signIn("swos");
    assertThat(taskList()).doesNotContain(decide.getId()).doesNotContain(DECIDE);
    signOut();
    signIn("werk-en-inkomen");
    openPortalTask(reference, DECIDE);
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Fte en rijksbijdrage voortzetten");
    check("contractDecision", "renew");
    screenshot("renewal-decide-desk");
    complete(true);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference + "/2").count())
        .as("the contract is renewed: the next contract year runs").isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(year.getId()).count()).isZero();
    assertThat(taskList()).doesNotContain(DECIDE);
    screenshot("renewal-done-desk");
  }

  @Test
  void theEmployersRenewalTasksAndTheGemeentesDecisionWorkOnAPhone() throws Exception {
    String reference = caseAtRenewal();
    ProcessInstance year = contractYear(reference);
    browser.manage().window().setSize(new Dimension(390, 844));

    signIn("werk-en-inkomen");
    assertNoHorizontalScroll("portal");
    openPortalTask(reference, PREPARE);
    assertNoHorizontalScroll("the form to prepare next year");
    screenshot("renewal-prepare-phone");
    check("contractIntention", "continue");
    type("nextYearHoursPerWeek", "0");
    reach(browser.findElement(By.xpath("//button[normalize-space()='Nog een speler toevoegen']"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.name("newContributions[0].organization")));
    assertNoHorizontalScroll("the form with a new speler");
    select("newContributions[0].organization", "vv-sec");
    select("newContributions[0].kind", "hours");
    type("newContributions[0].hoursPerYear", "40");
    answerTo(() -> complete(false));
    WebElement error = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("veld-nextYearHoursPerWeek-fout")));
    assertThat(error.getText()).contains("Vul minstens 1 in.");
    assertNoHorizontalScroll("the refused form");
    screenshot("renewal-prepare-refused-phone");
    assertNothingChanged(year, reference);
    type("nextYearHoursPerWeek", "36");
    WebElement submit = reach(browser.findElement(By.id("afronden")));
    assertThat(within(submit)).as("the button fits the phone's width").isTrue();
    complete(true);
    assertNoHorizontalScroll("the portal after the task");
    signOut();

    answerReconfirmations(year);
    openTaskOf(year, "evaluateYear");

    // The coordinator decides on a phone.
    signIn("coordinator");
    wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
    openStaffTask(year, "evaluateYear");
    assertDutch("het besluit van de gemeente op een telefoon");
    assertLabelsWhole("het besluit van de gemeente op een telefoon");
    radio("fundingDecision", 0);
    screenshot("renewal-evaluate-year-phone");
    completeStaff(year, "evaluateYear");
    signOutOfWebapps();

    signIn("werk-en-inkomen");
    openPortalTask(reference, DECIDE);
    assertNoHorizontalScroll("the contract decision");
    check("contractDecision", "renew");
    WebElement done = reach(browser.findElement(By.id("afronden")));
    assertThat(within(done)).as("the button fits the phone's width").isTrue();
    screenshot("renewal-decide-phone");
    complete(true);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference + "/2").count()).isEqualTo(1);
  }

  // --- the case up to the renewal, through the engine ---

  /**
   * Werk &amp; Inkomen's plan with Zippies, MEE (money) and SWOS (hours), approved for 1 fte at 36
   * hours, its coach hired, and eight weeks before the contract year's end its year report: the
   * engine's clock stands there, and the aanvoerder's task to prepare next year waits.
   */
  private String caseAtRenewal() {
    int roundYear = roundOfOurOwn();
    ProcessInstance intake = runtime.startProcessInstanceByKey("plan-intake", PlanScenario.plan(roundYear, PlanScenario.soestContributions()));
    for (Task task : taskService.createTaskQuery().processInstanceId(intake.getId()).taskDefinitionKey("confirmContribution").unlimitedList()) {
      Map<String, Object> shown = taskService.getVariables(task.getId());
      taskService.complete(task.getId(), vars("contributionConfirmed", true,
          "confirmedAmountEuro", shown.get("confirmedAmountEuro"), "confirmedHoursPerYear", shown.get("confirmedHoursPerYear")));
    }
    String reference = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(intake.getId())
        .singleResult().getBusinessKey();
    completeStep(reference, "screenPlan", vars("screeningOutcome", "complete"));
    completeStep(reference, "jointReview", vars("reviewDate", ProcessValues.today().toString(), "reviewDecision", "approve", "approvedFte", 1.0));
    completeStep(reference, "draftProfile", vars("profileType", "buurtsportcoach", "hoursPerWeek", 36, "tasks", "Sport en bewegen",
        "competencies", ProcessValues.json(List.of("sportTechnical", "vulnerableGroups", "motivationalInterviewing", "networking"))));
    completeStep(reference, "draftBudget", vars("salaryScale", "CAO Sport schaal 7", "annualCostPerFte", 50000, "otherCostsEuro", 2000));
    completeStep(reference, "approveProfileAndBudget", vars("budgetDecision", "approve"));

    LocalDate closing = ProcessValues.today().plusDays(14);
    completeStep(reference, "openVacancy", vars("vacancyText", "Buurtsportcoach speciale doelgroepen, 36 uur",
        "closingDate", closing.toString(), "internalCandidateRoute", false));
    ClockUtil.setCurrentTime(ProcessValues.startOfDay(closing.plusDays(1)));
    fireTimer(reference);
    completeStep(reference, "selectCandidate", vars("selectionOutcome", "selected"));
    LocalDate start = closing.plusDays(30);
    completeStep(reference, "appointCoach", vars("coachName", "Coach verlenging " + reference, "startDate", start.toString(),
        "hoursPerWeek", 36, "trainee", false));

    ClockUtil.setCurrentTime(ProcessValues.startOfDay(start.plusYears(1).minusWeeks(8).plusDays(1)));
    fireTimer(reference + "/1");
    completeStep(reference + "/1", "submitYearReport", vars("participantsReached", 120,
        "ladderStart", ProcessValues.json(ladder(40, 30, 30, 10, 5, 5)), "ladderEnd", ProcessValues.json(ladder(20, 30, 35, 20, 10, 5)),
        "highlights", "Wekelijkse beweeggroep in de bibliotheek", "spentEuro", 51000,
        "wantsStructural", false, "embeddingSteps", ProcessValues.json(List.of("partnerCommitment"))));
    return reference;
  }

  /**
   * Next year's round, its call open, opened once in this context: the demo's rounds of last year
   * and this year have too few fte left for the coaches these tests appoint.
   */
  private int roundOfOurOwn() {
    int year = ProcessValues.today().getYear() + 1;
    if (rounds.findByMunicipalityCodeAndYear("GM0342", year).isPresent()) {
      return year;
    }
    runtime.startProcessInstanceByKey("funding-round", vars("year", year, "grantedFte", 20, "rijksbijdragePerFte", 20000,
        "localShareMinimumPercent", 60, "inKindCountsAsCofinancing", false, "callDeadline", year + "-06-30"));
    completeStep("round-" + year, "prepareMeeting", vars("meetingDate", year + "-01-20", "meetingLocation", "Raadhuis Soest",
        "invitedOrganizations", ProcessValues.json(List.of("werk-en-inkomen", "swos"))));
    fireTimer("round-" + year);
    completeStep("round-" + year, "recordMeeting", vars("attendingOrganizations", ProcessValues.json(List.of("werk-en-inkomen")),
        "meetingNotes", "Goed bezocht."));
    return year;
  }

  private ProcessInstance contractYear(String reference) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference + "/1").singleResult();
  }

  /** Every speler answers its reconfirmation (a joining one its confirmation); those named stop. */
  private void answerReconfirmations(ProcessInstance year, String... stopping) {
    for (Task task : taskService.createTaskQuery().processInstanceId(year.getId()).taskDefinitionKey("reconfirmContribution").unlimitedList()) {
      String speler = taskService.getIdentityLinksForTask(task.getId()).get(0).getGroupId().substring("org-".length());
      Map<String, Object> shown = taskService.getVariables(task.getId());
      taskService.complete(task.getId(), List.of(stopping).contains(speler)
          ? vars("contributionContinues", false, "remark", "Geen budget meer volgend jaar")
          : vars("contributionContinues", true, "nextYearAmountEuro", shown.get("nextYearAmountEuro"),
              "nextYearHoursPerYear", shown.get("nextYearHoursPerYear")));
    }
  }

  /** The refused form left the case as it was: the task open, no speler added, nobody asked. */
  private void assertNothingChanged(ProcessInstance year, String reference) {
    assertThat(taskService.createTaskQuery().processInstanceId(year.getId()).taskDefinitionKey("prepareNextYear").count()).isEqualTo(1);
    assertThat(taskService.createTaskQuery().processInstanceId(year.getId()).taskDefinitionKey("reconfirmContribution").count()).isZero();
    assertThat(inTx(() -> plans.findByReference(reference).orElseThrow().getContributions().size())).isEqualTo(3);
  }

  private ContributionStatus spelerStatus(String reference, String speler) {
    return inTx(() -> plans.findByReference(reference).orElseThrow().getContributions().stream()
        .filter(c -> c.getOrganisation().getSlug().equals(speler)).reduce((a, b) -> b).orElseThrow().getStatus());
  }

  private Task openTaskOf(ProcessInstance instance, String taskKey) {
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task %s", taskKey).isNotNull();
    return task;
  }

  private Object historicValue(ProcessInstance instance, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }

  private void completeStep(String businessKey, String taskKey, Map<String, Object> values) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task %s in %s", taskKey, businessKey).isNotNull();
    taskService.complete(task.getId(), values);
  }

  private void fireTimer(String businessKey) {
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).active().unlimitedList().stream()
        .findFirst().orElseThrow();
    Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(job).as("a timer waits in %s", businessKey).isNotNull();
    engine.getManagementService().executeJob(job.getId());
  }

  private static Map<String, Object> ladder(int... counts) {
    return Map.of("rung1", counts[0], "rung2", counts[1], "rung3", counts[2], "rung4", counts[3], "rung5", counts[4], "rung6", counts[5]);
  }

  private <T> T inTx(java.util.function.Supplier<T> read) {
    return transactions.execute(status -> read.get());
  }

  private static Map<String, Object> vars(Object... pairs) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  // --- the portal (as PortalBrowserTest) ---

  private String path() {
    return java.net.URI.create(browser.getCurrentUrl()).getPath();
  }

  /** The portal's list of the signed-in organisation's open tasks, as text and links. */
  private String taskList() {
    browser.get(url("/portaal"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
    return browser.findElement(By.tagName("main")).getText() + " "
        + String.join(" ", browser.findElements(By.cssSelector("main a")).stream().map(a -> a.getAttribute("href")).toList());
  }

  private void openPortalTask(String reference, String name) {
    browser.get(url("/portaal"));
    reach(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//ul[@id='taken']/li[contains(., '" + reference + "')]//a[normalize-space()='" + name + "']")))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("afronden")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
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

  private void complete(boolean expectDone) {
    reach(browser.findElement(By.id("afronden"))).click();
    if (expectDone) {
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bevestiging")));
      assertThat(path()).isEqualTo("/portaal");
    }
  }

  private void signOut() {
    reach(browser.findElement(By.cssSelector("header form.logout button"))).click();
    wait.until(ExpectedConditions.urlContains("/login"));
  }




  // --- the Tasklist (as StaffTasklistBrowserTest) ---

  private final List<String> pagesChecked = new ArrayList<>();

  /** Opens the task as a mail's link would, and claims it: the Tasklist lets only the claimant edit the form. */
  private void openStaffTask(ProcessInstance instance, String taskKey) {
    Task task = new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
        taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult());
    browser.get(url("/camunda/app/tasklist/default/#/?task=" + task.getId()));
    WebElement claim = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='claim()']")));
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();", claim);
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
  }

  private String formText() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container"))).getText();
  }

  /**
   * Types into a form field and waits until the field holds it: the Tasklist may render the form
   * again when its variables arrive, which empties what was typed before.
   */
  private void typeStaff(String key, String text) {
    new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
      WebElement input = field(key);
      if (!input.getAttribute("value").contains(text)) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
      }
      return input.getAttribute("value").contains(text);
    });
  }

  private WebElement field(String key) {
    return reach(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='Field_" + key + "']"))));
  }

  /** Types a date as a person would, and confirms it with Enter as the date picker expects. */
  private void typeDate(String key, String date) {
    WebElement input = field(key + "-date");
    input.click();
    input.sendKeys(date);
    input.sendKeys(Keys.ENTER);
    assertThat(input.getAttribute("value")).isEqualTo(date);
  }

  /** Ticks an organisation of the checklist by its label, as a person does. */
  private void attend(String organisation) {
    WebElement label = reach(wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
        "//label[input[contains(@id,'Field_conversationAttendees-')]][normalize-space()=" + xpathLiteral(organisation) + "]"))));
    label.click();
    assertThat(label.findElement(By.tagName("input")).isSelected()).as("%s ticked", organisation).isTrue();
  }

  private static String xpathLiteral(String text) {
    return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
  }

  private void radio(String key, int index) {
    reach(browser.findElement(By.cssSelector("input[id$='Field_" + key + "-" + index + "']"))).click();
  }

  private void pressComplete() {
    // Keeps the server's answer to the form's submission, for a failure's message.
    ((JavascriptExecutor) browser).executeScript("if (!window.__kept) { window.__kept = true; const open = XMLHttpRequest.prototype.open;"
        + " XMLHttpRequest.prototype.open = function (m, u) { if (/submit-form/.test(u)) { this.addEventListener('load', () =>"
        + " { window.__submitted = this.status + ' ' + this.responseText; }); } return open.apply(this, arguments); }; }");
    WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
    assertThat(complete.getText()).as("the button, in Dutch").contains("Afronden");
    // The Tasklist's fixed footer can cover the button; press it as the page's script would. A
    // person's click first takes the focus from the field, which hands form-js the typed text
    // (it takes typing a moment later, or at once when the field is left).
    ((JavascriptExecutor) browser).executeScript("if (document.activeElement) { document.activeElement.blur(); }"
        + " arguments[0].click();", complete);
  }

  /** "Afronden" (Camunda's Complete) is enabled for the filled-in form, and pressing it completes the task. */
  private void completeStaff(ProcessInstance instance, String taskKey) throws java.io.IOException {
    try {
      pressComplete();
    } catch (org.openqa.selenium.TimeoutException disabled) {
      screenshot("renewal-disabled-" + taskKey);
      throw new AssertionError(taskKey + ": Afronden stays disabled; " + formDiagnosis(), disabled);
    }
    try {
      new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
          taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).count() == 0);
    } catch (org.openqa.selenium.TimeoutException stillOpen) {
      screenshot("renewal-not-completed-" + taskKey);
      throw new AssertionError(taskKey + " not completed; the server answered "
          + ((JavascriptExecutor) browser).executeScript("return window.__submitted;") + "; " + formDiagnosis(), stillOpen);
    }
  }

  /** What the page holds when a form cannot be completed: the forms, their values and their errors. */
  private Object formDiagnosis() {
    return ((JavascriptExecutor) browser).executeScript("return 'patched: ' + window.__coachplanFormPatched + '; forms: ' + document.querySelectorAll('.fjs-container').length"
        + " + '; values: ' + Array.from(document.querySelectorAll('.fjs-container input, .fjs-container textarea')).map(i => i.id.replace(/.*Field_/, '') + '=' + (i.type === 'checkbox' || i.type === 'radio' ? i.checked : i.value)).join(', ')"
        + " + '; errors: ' + Array.from(document.querySelectorAll('.fjs-form-field-error')).map(e => e.textContent).join(' | ');");
  }

  private void signOutOfWebapps() {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.logout a")));
    ((JavascriptExecutor) browser).executeScript("document.querySelector('li.logout a').click();");
    wait.until(ExpectedConditions.urlContains("/login?afgemeld"));
  }

  /** Every label and choice of the form can be read whole: none is cut off at the field's edge. */
  private void assertLabelsWhole(String page) {
    @SuppressWarnings("unchecked")
    List<String> cut = (List<String>) ((JavascriptExecutor) browser).executeScript(
        "return Array.from(document.querySelectorAll('.fjs-container .fjs-form-field-label'))"
            + ".filter(l => l.offsetParent !== null && l.scrollWidth > l.clientWidth + 1).map(l => l.textContent.trim());");
    assertThat(cut).as("labels cut off on %s", page).isEmpty();
  }

  /** The visible text of the page, without Camunda's English or a raw translation key. */
  private void assertDutch(String page) {
    String text = (String) ((JavascriptExecutor) browser).executeScript("return document.body.innerText;");
    for (String english : ENGLISH) {
      assertThat(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(english.trim()) + "(?![\\p{L}])").matcher(text).find())
          .as("'%s' on %s:%n%s", english, page, text).isFalse();
    }
    assertThat(RAW_KEY.matcher(text).find()).as("a raw translation key on %s:%n%s", page, text).isFalse();
    pagesChecked.add(page);
  }
}
