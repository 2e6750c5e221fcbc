package nl.coachplan.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import nl.coachplan.CaseTestSupport;
import nl.coachplan.engine.CurrentUser;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.identity.Viewer;
import nl.coachplan.operations.StatementCounter.Counts;
import nl.coachplan.planintake.PlanForms;
import nl.coachplan.planintake.PlanSubmissions;
import nl.coachplan.tasks.TaskWork;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The cost of each step as counted work, not time: the SQL statements (by kind) and the rows written
 * by a plan submission, by a speler's task list and by the completion of each kind of user task on
 * the main path of the four processes, beside the bare engine's start of a one-task process and completion of its task. The
 * counts hold on any machine, so a step that grows beyond its recorded count fails here.
 *
 * <p>Each step runs as its user reaches it: plans through the service behind {@code POST /api/v1/plans},
 * organisations' tasks through the task API's service (the portal), staff tasks through the engine's
 * form submission as the signed-in user (what the Tasklist's {@code submit-form} calls), so listeners,
 * the completion check and the case file's writes all count. The HTTP request around it (sign-in,
 * JSON) is not counted: it costs the same for every step.
 *
 * <p>The whole life of a case is driven three times: once to warm the caches (the engine's deployment
 * cache, form and decision lookups, Hibernate's metadata), then twice measured. The two measurements
 * must agree; a step where they do not is reported and its larger count is the one guarded. The
 * recorded counts are in {@code src/test/resources/statement-counts.properties}; record them again with
 * {@value #RECORD_COMMAND}.
 *
 * <p>H2 only (excluded from the PostgreSQL run in pom.xml): the statements a step needs differ per
 * database. No mail server is configured in tests, so the outbox's mails are not in the counts.
 */
@Import(StatementCounter.Config.class)
// Its counted DataSource makes a context of its own: closed after this class, not kept in the cache.
@DirtiesContext
class StatementCountTest extends CaseTestSupport {

  static final String RECORD_PROPERTY = "statement-counts.record";
  static final String RECORD_COMMAND =
      "./mvnw -o -q test-compile surefire:test@default-test -Dtest=StatementCountTest -Dstatement-counts.record=true";
  private static final String RECORDED = "statement-counts.properties";
  private static final String BARE = "count-one-task";

  private static final String WEI = "count-wei";
  private static final String ZIPPIES = "count-zippies";
  private static final String MEE = "count-mee";
  private static final String SWOS = "count-swos";
  private static final String COORDINATOR = "count-coordinator";

  @Autowired PlanSubmissions submissions;
  @Autowired TaskWork taskWork;
  @Autowired DataSource dataSource;

  /** A measured step: its key in the recorded file, what it is, and who does it how. */
  record Step(String key, String label, String path) {}

  /** One pass over a case's life: each step's counts, in the order they ran. */
  private final class Pass {
    final Map<Step, Counts> counts = new LinkedHashMap<>();

    <T> T step(Step step, Supplier<T> work) {
      StatementCounter.Counted<T> counted = StatementCounter.count(work);
      counts.put(step, counted.counts());
      return counted.result();
    }

    void step(Step step, Runnable work) {
      step(step, () -> {
        work.run();
        return null;
      });
    }
  }

  @Test
  void eachStepCostsNoMoreStatementsAndRowsThanRecorded() throws IOException {
    assertThat(dataSource).as("the counted DataSource is the application's").isInstanceOf(ProxyDataSource.class);
    user(WEI, "org-werk-en-inkomen");
    user(ZIPPIES, "org-zippies-bso");
    user(MEE, "org-mee");
    user(SWOS, "org-swos");
    user(COORDINATOR, CurrentUser.COORDINATOR);
    repositoryService.createDeployment().name(BARE)
        .addModelInstance(BARE + ".bpmn", Bpmn.createExecutableProcess(BARE).camundaHistoryTimeToLive(1)
            .startEvent().userTask("task").name("Taak").endEvent().done())
        .deploy();

    lifeOfACase(); // warms the caches
    Pass first = lifeOfACase();
    Pass second = lifeOfACase();
    assertThat(second.counts.keySet()).containsExactlyElementsOf(first.counts.keySet());

    Map<Step, Measured> measured = new LinkedHashMap<>();
    first.counts.forEach((step, counts) -> measured.put(step, new Measured(counts, second.counts.get(step))));
    String table = table(measured);
    System.out.println();
    System.out.println(table);
    Path target = Path.of(System.getProperty("basedir", "."), "target");
    Files.createDirectories(target);
    Files.writeString(target.resolve("statement-counts.md"), table, StandardCharsets.UTF_8);
    Files.writeString(target.resolve("statement-counts-sql.txt"), sql(first), StandardCharsets.UTF_8);

    if (Boolean.getBoolean(RECORD_PROPERTY)) {
      Path file = Path.of(System.getProperty("basedir", "."), "src", "test", "resources", RECORDED);
      Files.writeString(file, recordedFile(measured), StandardCharsets.UTF_8);
      System.out.println("Recorded the counts in " + file);
      return;
    }
    guard(measured, recorded());
  }

  /** A round, two plans (one approved, one sent back for revision), a coach hired and two contract years. */
  private Pass lifeOfACase() {
    ClockUtil.reset();
    Pass pass = new Pass();
    int year = freshYear();

    // The yardstick: the same engine (history full) starting a one-task process and completing its task.
    String bare = pass.step(new Step("bare.start", "bare engine: start of a one-task process", "engine API"),
        () -> runtimeService.startProcessInstanceByKey(BARE).getId());
    String bareTask = taskService.createTaskQuery().processInstanceId(bare).singleResult().getId();
    pass.step(new Step("bare.complete", "bare engine: completion of its task", "engine API"), () -> taskService.complete(bareTask));

    // funding-round: the coordinator starts the round and opens the call in the Tasklist.
    String roundDefinition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("funding-round")
        .latestVersion().singleResult().getId();
    ProcessInstance round = pass.step(staff("funding-round.start", "funding-round: start (round's start form)"),
        () -> asStaff(() -> formService.submitStartForm(roundDefinition, vars("year", year, "grantedFte", 6.8,
            "rijksbijdragePerFte", 20000, "localShareMinimumPercent", 60, "inKindCountsAsCofinancing", false,
            "callDeadline", year + "-06-30"))));
    staffTask(pass, round, "funding-round", "prepareMeeting", vars("meetingDate", year + "-03-17", "meetingLocation", "Raadhuis",
        "invitedOrganizations", ProcessValues.json(List.of("werk-en-inkomen", "swos"))));
    fireTimer(round);
    staffTask(pass, round, "funding-round", "recordMeeting", vars("attendingOrganizations",
        ProcessValues.json(List.of("werk-en-inkomen")), "meetingNotes", "Goed bezocht."));

    // plan-intake, main path: Werk & Inkomen's plan with money from Zippies and MEE and hours from SWOS.
    String ref = pass.step(new Step("plan-intake.submit", "plan submission, 3 spelers", "POST /api/v1/plans"),
        () -> submissions.submit(submission(year, List.of(
            new PlanForms.ContributionRow("zippies-bso", "money", BigDecimal.valueOf(2500), null, null),
            new PlanForms.ContributionRow("mee", "money", BigDecimal.valueOf(3500), null, "Bijdrage cliëntondersteuning"),
            new PlanForms.ContributionRow("swos", "hours", null, 200, "Ouderenwerkers bij activiteiten"))),
            viewer(WEI, "org-werk-en-inkomen"), null));
    ProcessInstance intake = instance("plan-intake", ref);
    // A read: the speler's task list reads every task's case at once, so its cost does not grow per task.
    List<TaskWork.OpenTask> zippiesTasks = pass.step(new Step("tasks.spelerList", "a speler's task list (its confirmation)",
        "GET /api/v1/tasks"), () -> taskWork.open(viewer(ZIPPIES, "org-zippies-bso")));
    assertThat(zippiesTasks).extracting(TaskWork.OpenTask::reference).contains(ref);
    portalTask(new Step("plan-intake.confirmContribution", "plan-intake: confirmContribution (not the last)", "portal"),
        pass, ZIPPIES, "org-zippies-bso", speler(intake, "confirmContribution", "org-zippies-bso"),
        Map.of("contributionConfirmed", true, "confirmedAmountEuro", 2500));
    taskWork.complete(viewer(MEE, "org-mee"), speler(intake, "confirmContribution", "org-mee"),
        Map.of("contributionConfirmed", true, "confirmedAmountEuro", 3500));
    portalTask(new Step("plan-intake.confirmContribution.last", "plan-intake: confirmContribution (the last: on to screening)", "portal"),
        pass, SWOS, "org-swos", speler(intake, "confirmContribution", "org-swos"),
        Map.of("contributionConfirmed", true, "confirmedHoursPerYear", 200));
    staffTask(pass, intake, "plan-intake", "screenPlan", vars("screeningOutcome", "complete"));
    staffTask(pass, intake, "plan-intake", "jointReview", vars("reviewDate", year + "-05-12", "reviewDecision", "approve",
        "approvedFte", 1.0));
    aanvoerderTask(pass, intake, "plan-intake", "draftProfile", "(training advice decided)", Map.of("profileType", "buurtsportcoach",
        "posts", List.of(Map.of("hoursPerWeek", 36)), "tasks", "Sport en bewegen", "competencies", List.of("sportTechnical")));
    aanvoerderTask(pass, intake, "plan-intake", "draftBudget", "", Map.of("salaryScale", "CAO Sport schaal 7",
        "annualCostPerFte", 50000, "otherCostsEuro", 2000));
    staffTask(pass, new Step("plan-intake.approveProfileAndBudget",
        "plan-intake: approveProfileAndBudget (plan approved, hiring starts)", "Tasklist"), intake, "approveProfileAndBudget",
        vars("budgetDecision", "approve"));

    // plan-intake, back for revision: a second plan, without spelers, is found incomplete and revised.
    String second = submissions.submit(submission(year, List.of()), viewer(WEI, "org-werk-en-inkomen"), null);
    ProcessInstance revised = instance("plan-intake", second);
    staffTask(pass, new Step("plan-intake.screenPlan.incomplete", "plan-intake: screenPlan (incomplete: back for revision)",
        "Tasklist"), revised, "screenPlan", vars("screeningOutcome", "incomplete", "screeningRemarks", "Wie levert de locatie?"));
    aanvoerderTask(pass, revised, "plan-intake", "revisePlan", "(a speler added: confirmation asked)", revision());

    // funding-round: the call's deadline passes and the coordinator closes it.
    fireTimer(round);
    staffTask(pass, round, "funding-round", "closeCall", vars("closeDecision", "close"));

    // coach-hiring for the approved plan.
    LocalDate start = LocalDate.of(year, 9, 1);
    ProcessInstance hiring = hiring(ref);
    on(start.minusMonths(2));
    aanvoerderTask(pass, hiring, "coach-hiring", "openVacancy", "", Map.of("vacancyText", "Buurtsportcoach speciale doelgroepen, 36 uur",
        "closingDate", start.minusMonths(1).toString(), "internalCandidateRoute", false));
    on(start.minusMonths(1).plusDays(1));
    fireDueTimer(hiring);
    aanvoerderTask(pass, hiring, "coach-hiring", "selectCandidate", "", Map.of("selectionOutcome", "selected"));
    aanvoerderTask(pass, hiring, "coach-hiring", "appointCoach", "(contract year 1 starts)", Map.of("coachName", "Coach " + ref,
        "startDate", start.toString(), "hoursPerWeek", 36, "trainee", false));

    // contract-renewal, year 1: report, intention, reconfirmations, the gemeente's and the employer's decisions: renewed.
    ProcessInstance first = yearDue(ref, 1, year);
    aanvoerderTask(pass, first, "contract-renewal", "submitYearReport", "", yearReport(false));
    aanvoerderTask(pass, first, "contract-renewal", "prepareNextYear", "", nextYear());
    portalTask(new Step("contract-renewal.reconfirmContribution", "contract-renewal: reconfirmContribution (not the last)", "portal"),
        pass, ZIPPIES, "org-zippies-bso", speler(first, "reconfirmContribution", "org-zippies-bso"),
        Map.of("contributionContinues", true, "nextYearAmountEuro", 2500));
    taskWork.complete(viewer(MEE, "org-mee"), speler(first, "reconfirmContribution", "org-mee"),
        Map.of("contributionContinues", true, "nextYearAmountEuro", 3500));
    portalTask(new Step("contract-renewal.reconfirmContribution.last",
        "contract-renewal: reconfirmContribution (the last: renewal advice decided)", "portal"),
        pass, SWOS, "org-swos", speler(first, "reconfirmContribution", "org-swos"),
        Map.of("contributionContinues", true, "nextYearHoursPerYear", 200));
    staffTask(pass, new Step("contract-renewal.evaluateYear", "contract-renewal: evaluateYear (fte and Rijk money continue)", "Tasklist"),
        first, "evaluateYear", vars("fundingDecision", "continue", "evaluationRemarks", "Goed jaar"));
    aanvoerderTask(pass, first, "contract-renewal", "decideContract", "(renewed: next year starts)", Map.of("contractDecision", "renew"));

    // contract-renewal, year 2: structurally funded (its steps before that as in year 1, not counted again).
    ProcessInstance last = yearDue(ref, 2, year);
    taskWork.complete(viewer(WEI, "org-werk-en-inkomen"), task(last, "submitYearReport").getId(), yearReport(true));
    taskWork.complete(viewer(WEI, "org-werk-en-inkomen"), task(last, "prepareNextYear").getId(), nextYear());
    for (String[] speler : List.of(new String[] {MEE, "org-mee"}, new String[] {SWOS, "org-swos"},
        new String[] {ZIPPIES, "org-zippies-bso"})) {
      taskWork.complete(viewer(speler[0], speler[1]), speler(last, "reconfirmContribution", speler[1]),
          Map.of("contributionContinues", true));
    }
    asStaff(() -> formService.submitTaskForm(task(last, "evaluateYear").getId(), vars("fundingDecision", "structural",
        "evaluationRemarks", "Vaste aanstelling")));
    aanvoerderTask(pass, last, "contract-renewal", "recordStructuralFunding", "", Map.of("permanentContract", true,
        "fundingSource", "Eigen begroting Werk & Inkomen", "effectiveDate", (year + 2) + "-09-01"));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(ref + "%").count())
        .as("the case's processes all ended").isZero();
    ClockUtil.reset();
    return pass;
  }

  private ProcessInstance yearDue(String ref, int contractYear, int year) {
    on(LocalDate.of(year + contractYear, 8, 31).minusWeeks(8));
    ProcessInstance instance = year(ref, contractYear);
    fireDueTimer(instance);
    return instance;
  }

  private static PlanForms.Submission submission(int year, List<PlanForms.ContributionRow> contributions) {
    return new PlanForms.Submission(year, "Buurtsportcoach speciale doelgroepen", "werk-en-inkomen",
        "Kwetsbare inwoners laten bewegen en participeren.", List.of("welfare", "disabilities"), List.of("work", "neighbourhood"),
        BigDecimal.ONE, "buurtsportcoach", BigDecimal.valueOf(26000), contributions, null);
  }

  private static Map<String, Object> revision() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("title", "Buurtsportcoach speciale doelgroepen");
    values.put("aanvoerder", "werk-en-inkomen");
    values.put("goals", "Kwetsbare inwoners laten bewegen en participeren, op de velden van VV SEC.");
    values.put("targetGroups", List.of("welfare", "disabilities"));
    values.put("settings", List.of("work", "neighbourhood"));
    values.put("requestedFte", 1.0);
    values.put("profileType", "buurtsportcoach");
    values.put("aanvoerderContributionEuro", 26000);
    Map<String, Object> location = new LinkedHashMap<>();
    location.put("organization", "vv-sec");
    location.put("kind", "location");
    location.put("description", "Velden op doordeweekse ochtenden");
    values.put("contributions", List.of(location));
    return values;
  }

  private static Map<String, Object> nextYear() {
    return Map.of("contractIntention", "continue", "nextYearHoursPerWeek", 36, "nextYearAnnualCostPerFte", 50000,
        "nextYearOtherCostsEuro", 2000);
  }

  private Map<String, Object> yearReport(boolean wantsStructural) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("participantsReached", 120);
    values.put("ladderStart", ladder(40, 30, 30, 10, 5, 5));
    values.put("ladderEnd", ladder(20, 30, 35, 20, 10, 5));
    values.put("highlights", "Wekelijkse beweeggroep in de bibliotheek");
    values.put("spentEuro", 51000);
    values.put("wantsStructural", wantsStructural);
    values.put("embeddingSteps", wantsStructural ? List.of("permanentPost", "ownBudget") : List.of("partnerCommitment"));
    return values;
  }

  private static Viewer viewer(String user, String group) {
    return new Viewer(user, List.of(group));
  }

  private static Step staff(String key, String label) {
    return new Step(key, label, "Tasklist");
  }

  /** A coordinator's task, submitted as the Tasklist submits its form. */
  private void staffTask(Pass pass, ProcessInstance instance, String process, String taskKey, Map<String, Object> variables) {
    staffTask(pass, staff(process + "." + taskKey, process + ": " + taskKey), instance, taskKey, variables);
  }

  private void staffTask(Pass pass, Step step, ProcessInstance instance, String taskKey, Map<String, Object> variables) {
    Task task = task(instance, taskKey);
    assertThat(task).as("open task %s", taskKey).isNotNull();
    pass.step(step, () -> asStaff(() -> formService.submitTaskForm(task.getId(), variables)));
  }

  /** Runs as the coordinator signed in to the Tasklist: the engine REST sets this authentication per request. */
  private <T> T asStaff(Supplier<T> work) {
    identityService.setAuthentication(COORDINATOR, List.of(CurrentUser.COORDINATOR));
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void asStaff(Runnable work) {
    asStaff(() -> {
      work.run();
      return null;
    });
  }

  /** The aanvoerder's task, completed in the portal. */
  private void aanvoerderTask(Pass pass, ProcessInstance instance, String process, String taskKey, String note,
      Map<String, ?> values) {
    Task task = task(instance, taskKey);
    assertThat(task).as("open task %s", taskKey).isNotNull();
    portalTask(new Step(process + "." + taskKey, (process + ": " + taskKey + " " + note).trim(), "portal"), pass, WEI,
        "org-werk-en-inkomen", task.getId(), values);
  }

  private void portalTask(Step step, Pass pass, String user, String group, String taskId, Map<String, ?> values) {
    pass.step(step, () -> taskWork.complete(viewer(user, group), taskId, values));
  }

  /** The open task of this kind offered to the speler's group. */
  private String speler(ProcessInstance instance, String taskKey, String group) {
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .taskCandidateGroup(group).unlimitedList();
    assertThat(tasks).as("%s of %s", taskKey, group).hasSize(1);
    return tasks.get(0).getId();
  }

  // ---- measured, recorded, guarded --------------------------------------------------------------

  /** A step's counts in the two measured passes. */
  record Measured(Counts first, Counts second) {
    boolean stable() {
      return first.statements() == second.statements() && first.rowsWritten() == second.rowsWritten()
          && first.selects() == second.selects() && first.inserts() == second.inserts() && first.updates() == second.updates()
          && first.deletes() == second.deletes();
    }

    int statements() {
      return Math.max(first.statements(), second.statements());
    }

    long rows() {
      return Math.max(first.rowsWritten(), second.rowsWritten());
    }
  }

  private static Properties recorded() throws IOException {
    Properties recorded = new Properties();
    try (InputStream in = StatementCountTest.class.getClassLoader().getResourceAsStream(RECORDED)) {
      if (in != null) {
        recorded.load(in);
      }
    }
    return recorded;
  }

  private static void guard(Map<Step, Measured> measured, Properties recorded) {
    List<String> grown = new ArrayList<>();
    for (Map.Entry<Step, Measured> entry : measured.entrySet()) {
      Step step = entry.getKey();
      Measured now = entry.getValue();
      String statements = recorded.getProperty(step.key() + ".statements");
      String rows = recorded.getProperty(step.key() + ".rows-written");
      if (statements == null || rows == null) {
        grown.add(step.label() + ": no recorded count");
        continue;
      }
      int recordedStatements = Integer.parseInt(statements.trim());
      long recordedRows = Long.parseLong(rows.trim());
      if (now.statements() > recordedStatements) {
        grown.add(step.label() + ": " + now.statements() + " statements, recorded " + recordedStatements);
      }
      if (now.rows() > recordedRows) {
        grown.add(step.label() + ": " + now.rows() + " rows written, recorded " + recordedRows);
      }
      if (now.statements() < recordedStatements || now.rows() < recordedRows) {
        System.out.println("Cheaper than recorded: " + step.label() + ": " + now.statements() + " statements (recorded "
            + recordedStatements + "), " + now.rows() + " rows written (recorded " + recordedRows + "); record again with "
            + RECORD_COMMAND + " to hold it there.");
      }
    }
    if (!grown.isEmpty()) {
      throw new AssertionError("Steps cost more than recorded in src/test/resources/" + RECORDED + ":\n  "
          + String.join("\n  ", grown) + "\nIf this is intended, record again with " + RECORD_COMMAND
          + " and commit the file (target/statement-counts-sql.txt lists each step's statements).");
    }
  }

  private static String recordedFile(Map<Step, Measured> measured) {
    StringBuilder out = new StringBuilder();
    out.append("# Counted work of each step on H2 (StatementCountTest): SQL statements, each statement of a JDBC batch\n")
        .append("# counted, and rows written (update counts of inserts, updates and deletes). The test fails when a step\n")
        .append("# costs more than recorded here and notes when it costs less. After a change that is meant to cost more\n")
        .append("# (or to hold a saving), record again from the measured values and commit this file with the change:\n")
        .append("#   ").append(RECORD_COMMAND).append("\n")
        .append("# The table of the last run, by kind of statement: target/statement-counts.md; each step's SQL:\n")
        .append("# target/statement-counts-sql.txt.\n");
    for (Map.Entry<Step, Measured> entry : measured.entrySet()) {
      Step step = entry.getKey();
      Measured counts = entry.getValue();
      out.append("\n# ").append(step.label()).append(" (").append(step.path()).append(")");
      if (!counts.stable()) {
        out.append(": varied between two measurements, the larger is kept");
      }
      out.append("\n").append(step.key()).append(".statements = ").append(counts.statements()).append("\n")
          .append(step.key()).append(".rows-written = ").append(counts.rows()).append("\n");
    }
    return out.toString();
  }

  private static String table(Map<Step, Measured> measured) {
    Counts bareStart = null;
    Counts bareComplete = null;
    for (Map.Entry<Step, Measured> entry : measured.entrySet()) {
      if (entry.getKey().key().equals("bare.start")) {
        bareStart = entry.getValue().first();
      } else if (entry.getKey().key().equals("bare.complete")) {
        bareComplete = entry.getValue().first();
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("| step | through | select | insert | update | delete | other | statements | rows written | statements × bare engine |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    List<String> unstable = new ArrayList<>();
    for (Map.Entry<Step, Measured> entry : measured.entrySet()) {
      Step step = entry.getKey();
      Measured measuredStep = entry.getValue();
      Counts counts = measuredStep.first();
      boolean starts = step.key().endsWith(".submit") || step.key().endsWith(".start");
      Counts bare = starts ? bareStart : bareComplete;
      String ratio = step.key().startsWith("bare.") || bare == null || bare.statements() == 0 ? "1" :
          String.format(java.util.Locale.ROOT, "%.1f", (double) counts.statements() / bare.statements());
      out.append("| ").append(step.label()).append(" | ").append(step.path())
          .append(" | ").append(counts.selects()).append(" | ").append(counts.inserts()).append(" | ").append(counts.updates())
          .append(" | ").append(counts.deletes()).append(" | ").append(counts.others())
          .append(" | ").append(measuredStep.statements()).append(" | ").append(measuredStep.rows())
          .append(" | ").append(ratio).append(" |\n");
      if (!measuredStep.stable()) {
        unstable.add(step.label() + ": " + measuredStep.first().statements() + "/" + measuredStep.second().statements()
            + " statements, " + measuredStep.first().rowsWritten() + "/" + measuredStep.second().rowsWritten() + " rows");
      }
    }
    out.append("\nH2, history level full, after one warm-up pass; starts are compared with the bare engine's start, ")
        .append("task completions with its task's completion. ");
    out.append(unstable.isEmpty() ? "Both measured passes agreed on every step.\n"
        : "Varied between the two measured passes (the larger is guarded): " + String.join("; ", unstable) + ".\n");
    return out.toString();
  }

  private static String sql(Pass pass) {
    StringBuilder out = new StringBuilder();
    pass.counts.forEach((step, counts) -> {
      out.append("== ").append(step.label()).append(" (").append(step.path()).append("): ").append(counts.statements())
          .append(" statements, ").append(counts.rowsWritten()).append(" rows written\n");
      counts.sql().forEach(sql -> out.append(sql).append('\n'));
      out.append('\n');
    });
    return out.toString();
  }
}
