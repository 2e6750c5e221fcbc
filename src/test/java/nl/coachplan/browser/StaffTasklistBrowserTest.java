package nl.coachplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.coachplan.identity.OrganisationRegister;
import nl.coachplan.identity.Viewer;
import nl.coachplan.planintake.PlanRepository;
import nl.coachplan.planintake.PlanScenario;
import nl.coachplan.planintake.PlanStage;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The coordinator's year in the Dutch Tasklist: signs in and lands on its filter, starts a round
 * with the start form, prepares and records the inspiration meeting, screens a plan, reviews it
 * with a date typed as dd-mm-jjjj (first asking for more fte than is left, which is refused in
 * Dutch), drafts profile and budget for the aanvoerder, approves them and closes the call. Timers
 * fire and the plan is submitted through the engine's Java API. Every page is checked for English
 * left over from Camunda, also at phone width. On a Soest demo of its own, since it adds a round.
 */
@org.springframework.test.context.TestPropertySource(properties = "coachplan.test.demo-copy=staff")
class StaffTasklistBrowserTest extends TasklistBrowserSupport {

  /** A round of its own, after the demo's rounds of last year and this year. */
  private static final int YEAR = nl.coachplan.engine.ProcessValues.today().getYear() + 1;
  /** The demo's round whose call is open, and the first plan of last year's. */
  private static final int DEMO_YEAR = YEAR - 1;
  private static final String DEMO_CASE = "/cases/P-" + (DEMO_YEAR - 1) + "-001";
  /** Camunda's English and raw translation keys that must not show anywhere on the staff's pages. */
  private static final List<String> ENGLISH = List.of("Start process", "Claim", "Complete", "Field is required", "Nothing to show",
      "Due ", " ago", "Created", "Filter Tasks", "Sort by", "Log out", "Select a task", "Powered by", "Camunda 8", "migrate",
      "Close", "Add a simple filter", "Keyboard Shortcuts", "Follow-up", "Set follow-up date", "Form", "History",
      "Description", "Search", "Select", "No results", "Add new", "Task", "Back", "Cancel");
  private static final Pattern RAW_KEY = Pattern.compile("\\b[A-Z][A-Z0-9]+(_[A-Z0-9]+)+\\b");

  @Autowired RuntimeService runtime;
  @Autowired PlanRepository plans;
  @Autowired TransactionTemplate transactions;
  @Autowired OrganisationRegister organisations;

  private final List<String> pagesChecked = new ArrayList<>();

  @Test
  void theCoordinatorWorksARoundAndAPlanInTheDutchTasklist() throws Exception {
    signIn("coordinator");
    String coordinatorFilter = engine.getFilterService().createFilterQuery().filterName("Coördinator").singleResult().getId();
    wait.until(ExpectedConditions.urlContains("filter=" + coordinatorFilter));
    assertThat(browser.getCurrentUrl()).contains("/camunda/app/tasklist/default/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(@class,'task')]//*[normalize-space()='Plan screenen']")));
    assertDutch("Tasklist met het filter Coördinator");
    screenshot("staff-tasklist-coordinator");

    // A round through the Tasklist's start form; the call deadline typed the Dutch way.
    startForm("Financieringsronde", "year");
    type("year", String.valueOf(YEAR));
    type("grantedFte", "10");
    typeDate("callDeadline", "30-06-" + YEAR);
    assertDutch("het startformulier");
    screenshot("staff-start-round");
    clickText("Starten");
    ProcessInstance round = new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
        runtime.createProcessInstanceQuery().processInstanceBusinessKey("round-" + YEAR).singleResult());
    assertThat(runtime.getVariable(round.getId(), "callDeadline")).isEqualTo(YEAR + "-06-30");

    openTask(round, "prepareMeeting");
    typeDate("meetingDate", "20-01-" + YEAR);
    type("meetingLocation", "Raadhuis Soest");
    reach(browser.findElement(By.cssSelector("input[id*='Field_invitedOrganizations'][type=checkbox]"))).click();
    screenshot("staff-prepare-meeting");
    complete(round, "prepareMeeting");
    assertThat(runtime.getVariable(round.getId(), "meetingDate")).isEqualTo(YEAR + "-01-20");
    fireTimer(round);

    openTask(round, "recordMeeting");
    type("meetingNotes", "Goed bezocht; de oproep gaat vandaag uit.");
    complete(round, "recordMeeting");

    // Werk & Inkomen's plan, submitted and confirmed by its spelers outside the browser.
    ProcessInstance intake = runtime.startProcessInstanceByKey("plan-intake", PlanScenario.plan(YEAR, PlanScenario.soestContributions()));
    for (Task task : taskService.createTaskQuery().processInstanceId(intake.getId()).taskDefinitionKey("confirmContribution").list()) {
      Map<String, Object> shown = taskService.getVariables(task.getId());
      taskService.complete(task.getId(), vars("contributionConfirmed", true,
          "confirmedAmountEuro", shown.get("confirmedAmountEuro"), "confirmedHoursPerYear", shown.get("confirmedHoursPerYear")));
    }
    String reference = runtime.createProcessInstanceQuery().processInstanceId(intake.getId()).singleResult().getBusinessKey();

    openTask(intake, "screenPlan");
    radio("screeningOutcome", 0);
    assertDutch("het screeningsformulier");
    complete(intake, "screenPlan");

    // The joint review: a date typed as dd-mm-jjjj, and first more fte than the year has left.
    openTask(intake, "jointReview");
    typeDate("reviewDate", "20-05-" + YEAR);
    type("reviewAttendees", "Coördinator, beleidsambtenaar, Werk & Inkomen");
    radio("reviewDecision", 0);
    WebElement fte = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[id$='Field_approvedFte']")));
    // Within the form's own bounds, but more than the plan asked for: the server refuses it, in Dutch.
    typeNumber(fte, "2");
    pressComplete();
    WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".page-notifications .alert-danger, .page-notifications .alert")));
    wait.until(d -> refusal.getText().contains("fte"));
    String refusalText = refusal.getText();
    screenshot("staff-review-refused");
    assertThat(refusalText).as("the refusal, in Dutch").contains("De taak kon niet worden afgerond")
        .contains("is meer dan de gevraagde fte").doesNotContain("ENGINE-").doesNotContain("Exception");
    assertThat(taskService.createTaskQuery().processInstanceId(intake.getId()).taskDefinitionKey("jointReview").count()).isEqualTo(1);
    typeNumber(fte, "0.5");
    assertThat(fte.getAttribute("value")).isEqualTo("0.5");
    complete(intake, "jointReview");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(intake.getId())
        .variableName("reviewDate").singleResult().getValue()).isEqualTo(YEAR + "-05-20");

    // The coordinator may act for the aanvoerder: profile and budget, then its own approval.
    openTask(intake, "draftProfile");
    type("posts_hoursPerWeek_0", "18");
    type("tasks", "Sport en bewegen voor kwetsbare inwoners");
    reach(browser.findElement(By.cssSelector("input[id*='Field_competencies'][type=checkbox]"))).click();
    screenshot("staff-draft-profile");
    complete(intake, "draftProfile");

    openTask(intake, "draftBudget");
    type("salaryScale", "CAO Sport schaal 7");
    type("annualCostPerFte", "50000");
    type("otherCostsEuro", "2000");
    complete(intake, "draftBudget");

    openTask(intake, "approveProfileAndBudget");
    radio("budgetDecision", 0);
    assertDutch("de beoordeling van profiel en begroting");
    screenshot("staff-approve-budget");
    complete(intake, "approveProfileAndBudget");
    PlanStage stage = transactions.execute(status -> plans.findByReference(reference).orElseThrow().getStage());
    assertThat(stage).isEqualTo(PlanStage.HIRING);

    // The call closes on its deadline.
    fireTimer(round);
    openTask(round, "closeCall");
    radio("closeDecision", 0);
    complete(round, "closeCall");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(round.getId()).count()).isZero();

    // The same Tasklist at phone width.
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.get(url("/camunda/app/tasklist/default/#/?filter=" + coordinatorFilter));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(@class,'task')]//*[normalize-space()='Plan screenen']")));
    assertDutch("de Tasklist op een telefoon");
    screenshot("staff-tasklist-phone");
    Task screening = taskService.createTaskQuery().taskDefinitionKey("screenPlan").taskCandidateGroup("coordinator").list().get(0);
    browser.get(url("/camunda/app/tasklist/default/#/?filter=" + coordinatorFilter + "&task=" + screening.getId()));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    assertDutch("een taak op een telefoon");
    screenshot("staff-task-phone");

    // Afmelden ends the session and lands on Coachplan's login page.
    browser.manage().window().setSize(new Dimension(1400, 1000));
    browser.get(url("/camunda/app/tasklist/default/"));
    signOutOfWebapps();
    browser.get(url("/camunda/app/tasklist/default/"));
    wait.until(ExpectedConditions.urlContains("/login"));
    assertThat(pagesChecked).hasSizeGreaterThanOrEqualTo(6);
  }

  @Test
  void aTaskLinkFromAMailSurvivesTheSignIn() throws Exception {
    Task task = taskService.createTaskQuery().taskDefinitionKey("screenPlan").list().get(0);
    browser.get(url("/camunda/app/tasklist/default/#/?task=" + task.getId()));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("coordinator");
    browser.findElement(By.id("password")).sendKeys("coordinator");
    browser.findElement(By.id("sign-in")).click();
    wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
    assertThat(browser.getCurrentUrl()).contains("task=" + task.getId());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    screenshot("staff-task-link");
  }

  @Test
  void eachRoleLandsOnItsWork() throws Exception {
    signIn("manager");
    wait.until(ExpectedConditions.urlContains("/dashboard"));
    assertThat(java.net.URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/dashboard");
    signOutOfOurPages();

    signIn("policy");
    String policyFilter = engine.getFilterService().createFilterQuery().filterName("Beleid").singleResult().getId();
    wait.until(ExpectedConditions.urlContains("filter=" + policyFilter));
    signOutOfWebapps();

    browser.get(url(DEMO_CASE));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("manager");
    browser.findElement(By.id("password")).sendKeys("manager");
    browser.findElement(By.id("sign-in")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-title")));
    assertThat(java.net.URI.create(browser.getCurrentUrl()).getPath()).isEqualTo(DEMO_CASE);
    signOutOfOurPages();

    browser.get(url("/login"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys("admin");
    browser.findElement(By.id("sign-in")).click();
    wait.until(ExpectedConditions.urlContains("/camunda/app/cockpit/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".dashboard, [ng-view]")));
    screenshot("staff-admin-cockpit");
  }

  @Test
  void thePlanFormsInTheTasklistOfferTheOrganisationsAndCodesOfNow() throws Exception {
    // Registered a moment ago, after the forms were deployed: the forms offer it all the same.
    String slug = "zwemclub-" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1000, 10_000);
    String name = "Zwemclub De Eem " + slug;
    organisations.register(new Viewer("coordinator", List.of("coordinator")), new OrganisationRegister.NewOrganisation(slug, name, "SPORT"));

    // The start form "Plan indienen" (process Planvorming), which the Tasklist shows without reading variables.
    signIn("coordinator");
    wait.until(ExpectedConditions.urlContains("filter="));
    startForm("Planvorming", "aanvoerder-display");
    assertThat(choose("aanvoerder", name)).contains(name, "SWOS ouderenwelzijn", "Werk & Inkomen Soest");
    type(field("roundYear"), String.valueOf(DEMO_YEAR));
    type(field("title"), "Zwemmen voor iedereen");
    type(field("goals"), "Elk kind leert zwemmen.");
    assertThat(browser.findElements(By.cssSelector("input[id*='Field_targetGroups-']"))).as("the target groups").hasSize(7);
    reach(browser.findElement(By.xpath("//label[input[contains(@id,'Field_targetGroups-')]][normalize-space()='Jeugd']"))).click();
    reach(browser.findElement(By.xpath("//label[input[contains(@id,'Field_settings-')]][normalize-space()='Sportvereniging']"))).click();
    type(field("requestedFte"), "0.5");
    assertThat(choose("profileType", "Buurtsportcoach")).contains("Buurtsportcoach", "Coördinator sport en preventie").doesNotContain("Lokale functie (eigen titel)");
    type(field("aanvoerderContributionEuro"), "10000");
    assertThat(choose("contributions_organization_0", "SWOS ouderenwelzijn")).contains(name, "SWOS ouderenwelzijn");
    assertThat(choose("contributions_kind_0", "Geld")).containsExactly("Geld", "Uren", "Locatie", "Expertise", "Ondersteuning");
    type(field("contributions_amountEuro_0"), "1500");
    assertDutch("het startformulier Plan indienen");
    screenshot("staff-start-plan");
    clickText("Starten");
    nl.coachplan.planintake.Plan started = new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> transactions.execute(status ->
        plans.findAll().stream().filter(p -> "Zwemmen voor iedereen".equals(p.getTitle()) && p.getAanvoerder().getSlug().equals(slug))
            .findFirst().orElse(null)));
    assertThat(started).as("the plan, with the new organisation as aanvoerder").isNotNull();

    // The revise form of another plan offers it as a speler, and completes with it.
    ProcessInstance intake = runtime.startProcessInstanceByKey("plan-intake", PlanScenario.plan(DEMO_YEAR, PlanScenario.soestContributions()));
    for (Task task : taskService.createTaskQuery().processInstanceId(intake.getId()).taskDefinitionKey("confirmContribution").list()) {
      Map<String, Object> shown = taskService.getVariables(task.getId());
      taskService.complete(task.getId(), vars("contributionConfirmed", true,
          "confirmedAmountEuro", shown.get("confirmedAmountEuro"), "confirmedHoursPerYear", shown.get("confirmedHoursPerYear")));
    }
    Task screening = taskService.createTaskQuery().processInstanceId(intake.getId()).taskDefinitionKey("screenPlan").singleResult();
    taskService.complete(screening.getId(), vars("screeningOutcome", "incomplete", "screeningRemarks", "Betrek de zwemclub."));
    String reference = runtime.createProcessInstanceQuery().processInstanceId(intake.getId()).singleResult().getBusinessKey();
    openTask(intake, "revisePlan");
    assertThat(choose("contributions_organization_0", name)).contains(name, "Zippies BSO", "Werk & Inkomen Soest");
    assertDutch("het formulier Plan aanpassen");
    screenshot("staff-revise-plan");
    complete(intake, "revisePlan");
    List<String> spelers = transactions.execute(status -> plans.findByReference(reference).orElseThrow().getContributions().stream()
        .map(c -> c.getOrganisation().getSlug()).toList());
    assertThat(spelers).contains(slug);
  }

  // --- helpers ---




  private void signOutOfOurPages() {
    browser.manage().deleteAllCookies();
  }

  private void signOutOfWebapps() {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.logout a")));
    ((JavascriptExecutor) browser).executeScript("document.querySelector('li.logout a').click();");
    wait.until(ExpectedConditions.urlContains("/login?afgemeld"));
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













  private void fireTimer(ProcessInstance instance) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(job).as("a timer waits").isNotNull();
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
