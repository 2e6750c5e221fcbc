package nl.coachplan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.coachplan.RestTestSupport;
import nl.coachplan.planintake.PlanScenario;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The authorization matrix of docs/architecture.md, cell by cell: who may see and do what with a plan of
 * Werk &amp; Inkomen (aanvoerder) to which SWOS contributes (speler); Elzis is unrelated. A denied
 * cell answers 401, 403 or 404, or an empty list: never data.
 */
class AuthorizationMatrixTest extends RestTestSupport {

  /** Actors and their users; null is anonymous. */
  static final Map<String, String> ACTORS = new LinkedHashMap<>();

  static {
    ACTORS.put("anoniem", null);
    ACTORS.put("coördinator", "rest-coordinator");
    ACTORS.put("beleidsambtenaar", "rest-policy");
    ACTORS.put("manager", "rest-manager");
    ACTORS.put("aanvoerder", "rest-wei");
    ACTORS.put("speler", "rest-swos");
    ACTORS.put("andere organisatie", "rest-elzis");
    ACTORS.put("beheerder", "rest-admin");
  }

  private int year;

  @BeforeEach
  void round() {
    year = freshYear();
    openRound(year, 6.8);
  }

  /** A plan waiting for SWOS's confirmation. */
  private ProcessInstance plan() {
    return runtimeService.startProcessInstanceByKey("plan-intake", PlanScenario.plan(year,
        List.of(PlanScenario.contribution("swos", "money", 2000, null, "Bijdrage"))));
  }

  private String reference(ProcessInstance instance) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getBusinessKey();
  }

  /** "ja" when the answer carries the data; else the status, or "leeg" for an empty list. */
  private String outcome(ResponseEntity<String> response) throws Exception {
    int status = response.getStatusCode().value();
    if (status >= 400) {
      return String.valueOf(status);
    }
    if (response.getBody() != null && response.getBody().startsWith("[")) {
      return json.readTree(response.getBody()).isEmpty() ? "leeg" : "ja";
    }
    return "ja";
  }

  private void cells(String action, Map<String, String> expected, Function<String, ResponseEntity<String>> call) throws Exception {
    SoftAssertions softly = new SoftAssertions();
    for (var actor : ACTORS.entrySet()) {
      String got = outcome(call.apply(actor.getValue()));
      String want = expected.get(actor.getKey());
      if ("nee".equals(want)) {
        softly.assertThat(got).as("%s × %s", actor.getKey(), action).isIn("401", "403", "404", "leeg");
      } else if ("open".equals(want)) {
        softly.assertThat(got).as("%s × %s", actor.getKey(), action).isIn("ja", "leeg");
      } else {
        softly.assertThat(got).as("%s × %s", actor.getKey(), action).isEqualTo(want);
      }
    }
    softly.assertAll();
  }

  private static Map<String, String> row(String... values) {
    Map<String, String> row = new LinkedHashMap<>();
    int i = 0;
    for (String actor : ACTORS.keySet()) {
      row.put(actor, values[i++]);
    }
    return row;
  }

  /** Organisations work through our API (the portal); staff through the engine, as the Tasklist does. */
  private boolean isOrganisation(String user) {
    return user != null && identityService.createGroupQuery().groupMember(user).unlimitedList().stream().anyMatch(g -> g.getId().startsWith("org-"));
  }

  /** The plan's open tasks as the actor finds them: in the portal's task API, or the engine's task list. */
  private ResponseEntity<String> tasksOfPlan(String user, String ref) {
    if (!isOrganisation(user)) {
      return api(user, HttpMethod.GET, "/engine-rest/task?maxResults=100&processInstanceBusinessKey=" + ref, null);
    }
    ResponseEntity<String> all = api(user, HttpMethod.GET, "/api/v1/tasks", null);
    var mine = json.createArrayNode();
    unchecked(() -> json.readTree(all.getBody())).forEach(t -> {
      if (ref.equals(t.path("reference").asText())) {
        mine.add(t);
      }
    });
    return ResponseEntity.status(all.getStatusCode()).body(mine.toString());
  }

  /** Completes a task where the actor works: the portal's task API (plain JSON), or the engine's submit-form. */
  private ResponseEntity<String> complete(String user, String taskId, Object... pairs) {
    if (!isOrganisation(user)) {
      return api(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form", unchecked(() -> form(pairs)));
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((String) pairs[i], pairs[i + 1]);
    }
    return api(user, HttpMethod.POST, "/api/v1/tasks/" + taskId + "/complete", values);
  }

  //                                        anon   coord  policy manager aanv.  speler andere beheer
  @Test
  void seeingAPlanItsTasksVariablesAndHistory() throws Exception {
    ProcessInstance plan = plan();
    String ref = reference(plan);
    cells("dossier van het plan", row("401", "ja", "ja", "ja", "ja", "ja", "nee", "ja"),
        user -> api(user, HttpMethod.GET, "/api/v1/plans/" + ref, null));
    // The policy officer reads every task of the municipality (to prepare joint reviews) but completes none;
    // the speler finds its confirmation in the portal.
    cells("taken van het plan", row("401", "ja", "ja", "nee", "nee", "ja", "nee", "ja"), user -> tasksOfPlan(user, ref));
    // Organisations see what their tasks show them in the portal, never the engine's variables.
    cells("variabelen van het plan", row("401", "ja", "ja", "ja", "403", "403", "403", "ja"),
        user -> api(user, HttpMethod.GET, "/engine-rest/process-instance/" + plan.getId() + "/variables", null));
    cells("variabelen via de variabelenquery", row("401", "ja", "ja", "ja", "403", "403", "403", "ja"),
        user -> api(user, HttpMethod.GET, "/engine-rest/variable-instance?maxResults=100&processInstanceIdIn=" + plan.getId(), null));
    cells("historie van het plan", row("401", "ja", "ja", "ja", "403", "403", "403", "ja"),
        user -> api(user, HttpMethod.GET, "/engine-rest/history/process-instance?maxResults=100&processInstanceId=" + plan.getId(), null));
    cells("historische variabelen", row("401", "ja", "ja", "ja", "403", "403", "403", "ja"),
        user -> api(user, HttpMethod.GET, "/engine-rest/history/variable-instance?maxResults=100&processInstanceId=" + plan.getId(), null));
  }

  @Test
  void completingEachKindOfTask() throws Exception {
    // The speler's confirmation: SWOS itself in the portal, or the coordinator (who may act for anyone) and the administrator.
    Map<String, String> speler = row("401", "ja", "nee", "nee", "nee", "ja", "nee", "ja");
    for (var actor : ACTORS.entrySet()) {
      ProcessInstance plan = plan();
      String taskId = task(plan, "confirmContribution").getId();
      String got = outcome(complete(actor.getValue(), taskId, "contributionConfirmed", true, "confirmedAmountEuro", 2000));
      assertCell(actor.getKey(), "bijdrage bevestigen", speler.get(actor.getKey()), got);
      assertThat(task(plan, "confirmContribution") == null).as("%s changed the task", actor.getKey()).isEqualTo("ja".equals(got));
    }
    // The coordinator's screening, and the aanvoerder's revision.
    Map<String, String> coordinator = row("401", "ja", "nee", "nee", "nee", "nee", "nee", "ja");
    Map<String, String> aanvoerder = row("401", "ja", "nee", "nee", "ja", "nee", "nee", "ja");
    for (var actor : ACTORS.entrySet()) {
      ProcessInstance plan = runtimeService.startProcessInstanceByKey("plan-intake", PlanScenario.plan(year, List.of()));
      String screening = task(plan, "screenPlan").getId();
      String got = outcome(complete(actor.getValue(), screening, "screeningOutcome", "incomplete", "screeningRemarks", "Spelers ontbreken"));
      assertCell(actor.getKey(), "plan screenen", coordinator.get(actor.getKey()), got);
      if (!"ja".equals(got)) {
        completeTask(plan, "screenPlan", vars("screeningOutcome", "incomplete", "screeningRemarks", "Spelers ontbreken"));
      }
      String revision = task(plan, "revisePlan").getId();
      Object[] plainForm = planForm(year, 1.0, List.of());
      if (isOrganisation(actor.getValue())) {
        plainForm = java.util.Arrays.copyOfRange(plainForm, 2, plainForm.length); // the round is read-only on the revision
      }
      got = outcome(complete(actor.getValue(), revision, plainForm));
      assertCell(actor.getKey(), "plan aanpassen", aanvoerder.get(actor.getKey()), got);
    }
  }

  /**
   * At renewal the gemeente decides on the fte and Rijk money, the aanvoerder (the employer) on the
   * contract. Each actor sends a decision the server refuses on its content (400) once it may work on
   * the task, so every cell is tried on one open task: "400" means allowed, the others never reach it.
   */
  @Test
  void theRenewalDecisionsBelongToTheGemeenteAndTheEmployer() throws Exception {
    int renewalYear = freshYear();
    String ref = approvedPlan(renewalYear, 6.8);
    hire(ref, java.time.LocalDate.of(renewalYear, 9, 1), 36, false);
    ProcessInstance first = year(ref, 1);
    on(java.time.LocalDate.of(renewalYear + 1, 8, 31).minusWeeks(8));
    fireDueTimer(first);
    yearReport(first, 120, false, List.of());
    reconfirm(first);

    Map<String, String> gemeente = row("401", "400", "nee", "nee", "nee", "nee", "nee", "400");
    String funding = task(first, "evaluateYear").getId();
    for (var actor : ACTORS.entrySet()) {
      String got = outcome(complete(actor.getValue(), funding, "fundingDecision", "stop"));
      assertCell(actor.getKey(), "besluit gemeente (fte en rijksbijdrage)", gemeente.get(actor.getKey()), got);
    }
    completeTask(first, "evaluateYear", vars("fundingDecision", "continue"));

    Map<String, String> employer = row("401", "400", "nee", "nee", "400", "nee", "nee", "400");
    String contract = task(first, "decideContract").getId();
    for (var actor : ACTORS.entrySet()) {
      String got = outcome(complete(actor.getValue(), contract, "contractDecision", "end"));
      assertCell(actor.getKey(), "besluit werkgever (arbeidscontract)", employer.get(actor.getKey()), got);
    }
    assertThat(task(first, "decideContract")).as("nobody changed the employer's task").isNotNull();
  }

  private static void assertCell(String actor, String action, String want, String got) {
    if ("nee".equals(want)) {
      assertThat(got).as("%s × %s", actor, action).isIn("401", "403", "404");
    } else {
      assertThat(got).as("%s × %s", actor, action).isEqualTo(want);
    }
  }

  @Test
  void startingRoundsSubmittingAndWithdrawingPlans() throws Exception {
    cells("ronde starten", row("401", "ja", "nee", "nee", "nee", "nee", "nee", "ja"), user -> {
      int next = freshYear();
      return api(user, HttpMethod.POST, "/engine-rest/process-definition/key/funding-round/submit-form", unchecked(() ->
          form("year", next, "grantedFte", 1.0, "rijksbijdragePerFte", 20000, "localShareMinimumPercent", 60,
              "inKindCountsAsCofinancing", false, "callDeadline", next + "-06-30")));
    });
    // An organisation submits its own plans; the coordinator for any organisation; reading roles do not submit.
    cells("plan indienen", row("nee", "ja", "nee", "nee", "ja", "ja", "ja", "ja"), user -> {
      String aanvoerder = user == null ? "werk-en-inkomen" : switch (user) {
        case "rest-swos" -> "swos";
        case "rest-elzis" -> "elzis";
        default -> "werk-en-inkomen";
      };
      return api(user, HttpMethod.POST, "/api/v1/plans", Map.of("roundYear", year, "title", "Plan", "aanvoerder", aanvoerder,
          "goals", "Bewegen", "targetGroups", List.of("youth"), "settings", List.of("school"), "requestedFte", 0.5,
          "profileType", "buurtsportcoach", "aanvoerderContributionEuro", 20000));
    });
    // Starting plan-intake in the engine is the coordinator's (its start form in the Tasklist).
    cells("plan indienen in de engine", row("401", "ja", "nee", "nee", "nee", "nee", "nee", "ja"), user -> api(user, HttpMethod.POST,
        "/engine-rest/process-definition/key/plan-intake/submit-form", unchecked(() -> form(with(planForm(year, 0.5, List.of()), "aanvoerder", "werk-en-inkomen")))));
    cells("plan intrekken", row("nee", "ja", "nee", "nee", "ja", "nee", "nee", "ja"), user -> {
      String ref = reference(plan());
      return api(user, HttpMethod.POST, "/api/v1/plans/" + ref + "/withdrawal", Map.of("reason", "Geen capaciteit"));
    });
  }

  @Test
  void organisationsAndTheirUsers() throws Exception {
    cells("organisaties zien", row("401", "ja", "ja", "ja", "ja", "ja", "ja", "ja"),
        user -> api(user, HttpMethod.GET, "/api/v1/organisations", null));
    // Registering is the coordinator's alone; the administrator manages users in Camunda Admin.
    cells("organisatie registreren", row("nee", "ja", "nee", "nee", "nee", "nee", "nee", "nee"), user -> api(user, HttpMethod.POST,
        "/api/v1/organisations", Map.of("slug", "matrix-" + java.util.UUID.randomUUID().toString().substring(0, 8), "name", "Matrix",
            "sector", "OTHER")));
    cells("gebruiker van een organisatie aanmaken", row("nee", "ja", "nee", "nee", "nee", "nee", "nee", "nee"), user -> api(user,
        HttpMethod.POST, "/api/v1/organisations/elzis/users", Map.of("userId", "matrix-" + java.util.UUID.randomUUID().toString().substring(0, 8),
            "firstName", "Test", "lastName", "Matrix", "email", "matrix@example.invalid", "password", "een-lang-wachtwoord")));
    cells("gebruikers van een organisatie zien", row("401", "ja", "ja", "ja", "403", "403", "403", "ja"),
        user -> api(user, HttpMethod.GET, "/api/v1/organisations/elzis/users", null));
  }

  @Test
  void dashboardExportsCockpitAndAdmin() throws Exception {
    plan();
    cells("overzicht van de ronde", row("401", "ja", "ja", "ja", "403", "403", "403", "ja"),
        user -> api(user, HttpMethod.GET, "/api/v1/rounds/" + year + "/dashboard", null));
    cells("export van de ronde", row("401", "ja", "ja", "ja", "403", "403", "403", "ja"),
        user -> api(user, HttpMethod.GET, "/api/v1/rounds/" + year + "/plans.csv", null));
    // The monitor per municipality-year: the gemeente's staff only; an organisation sees no other's money.
    cells("monitor per gemeente-jaar", row("401", "ja", "ja", "ja", "403", "403", "403", "ja"),
        user -> api(user, HttpMethod.GET, "/api/v1/monitor/" + year, null));
    cells("export van de monitor", row("401", "ja", "ja", "ja", "403", "403", "403", "ja"),
        user -> api(user, HttpMethod.GET, "/api/v1/monitor/" + year + ".csv", null));
    cells("de engine (engine-rest en de webapps)", row("401", "ja", "ja", "ja", "403", "403", "403", "ja"),
        user -> api(user, HttpMethod.GET, "/engine-rest/process-definition?maxResults=100", null));
    cells("eigen taken in het portaal (taken-API)", row("401", "open", "open", "open", "open", "open", "open", "open"),
        user -> api(user, HttpMethod.GET, "/api/v1/tasks", null));
    Map<String, String> cockpit = row("nee", "ja", "nee", "ja", "nee", "nee", "nee", "ja");
    Map<String, String> admin = row("nee", "nee", "nee", "nee", "nee", "nee", "nee", "ja");
    // The webapps ask the engine exactly this before they open Cockpit or Admin for a signed-in user.
    var authorizations = engine.getAuthorizationService();
    for (var actor : ACTORS.entrySet()) {
      String user = actor.getValue();
      List<String> groups = user == null ? List.of()
          : identityService.createGroupQuery().groupMember(user).unlimitedList().stream().map(g -> g.getId()).toList();
      boolean cockpitAccess = user != null && (groups.contains("camunda-admin") || authorizations.isUserAuthorized(user, groups,
          org.camunda.bpm.engine.authorization.Permissions.ACCESS, org.camunda.bpm.engine.authorization.Resources.APPLICATION, "cockpit"));
      boolean adminAccess = user != null && (groups.contains("camunda-admin") || authorizations.isUserAuthorized(user, groups,
          org.camunda.bpm.engine.authorization.Permissions.ACCESS, org.camunda.bpm.engine.authorization.Resources.APPLICATION, "admin"));
      assertThat(cockpitAccess ? "ja" : "nee").as("%s × Cockpit", actor.getKey()).isEqualTo(cockpit.get(actor.getKey()));
      assertThat(adminAccess ? "ja" : "nee").as("%s × Admin", actor.getKey()).isEqualTo(admin.get(actor.getKey()));
    }
  }

  /**
   * The engine reads every grant on a task's definition (and on '*') for each task it lists or checks,
   * and every group that holds a grant once per request: neither may grow with organisations or cases.
   */
  @Test
  void grantsDoNotGrowWithOrganisationsOrEndedCases(@Autowired IdentitySetup setup) {
    var authorizations = engine.getAuthorizationService();
    // As an installation from before held it: one grant per organisation; the next start removes it.
    var old = authorizations.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
    old.setGroupId("org-swos");
    old.setResource(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION);
    old.setResourceId("coach-hiring");
    old.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
    authorizations.saveAuthorization(old);
    // And the grant on a plan's instance that has ended since.
    var ended = authorizations.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
    ended.setGroupId("org-werk-en-inkomen");
    ended.setResource(org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE);
    ended.setResourceId("ended-instance-" + year);
    ended.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
    authorizations.saveAuthorization(ended);
    String running = plan().getId();
    setup.run(null);

    assertThat(authorizations.createAuthorizationQuery().resourceId("ended-instance-" + year).count()).isZero();
    assertThat(authorizations.createAuthorizationQuery().resourceId(running).count()).as("a running plan holds no grant").isZero();
    assertThat(authorizations.createAuthorizationQuery().resourceId("coach-hiring").groupIdIn("org-swos").count()).isZero();

    // Checks take a user's groups as they are, without first reading every group that holds a grant.
    var manager = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired().execute(context -> context.getAuthorizationManager());
    assertThat(manager.filterAuthenticatedGroupIds(List.of("org-swos", "without-grants"))).containsExactly("org-swos", "without-grants");

    for (var resource : List.of(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION,
        org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE)) {
      for (String key : List.of("plan-intake", "coach-hiring", "contract-renewal", "*")) {
        assertThat(authorizations.createAuthorizationQuery().resourceType(resource).resourceId(key).unlimitedList())
            .as("grants on %s %s", resource.resourceName(), key)
            .noneMatch(a -> a.getGroupId() != null && a.getGroupId().startsWith("org-"));
      }
    }
  }

  /**
   * The coordinator may work on every task (TASK '*' ALL), so the engine's grant per task is not
   * made for the coordinator group or its members: each would make every task list of theirs slower.
   * Organisations get none either (they work in the portal); the policy officer keeps them, and a
   * grant per task from before is removed at start.
   */
  @Test
  void theCoordinatorWorksOnEveryTaskWithoutAGrantPerTask(@Autowired IdentitySetup setup) {
    var tasks = engine.getTaskService();
    var authorizations = engine.getAuthorizationService();
    var task = tasks.newTask();
    task.setName("Controle " + year);
    tasks.saveTask(task);
    tasks.addCandidateGroup(task.getId(), "coordinator");
    tasks.setAssignee(task.getId(), "rest-coordinator");
    assertThat(authorizations.createAuthorizationQuery().resourceId(task.getId()).unlimitedList()).isEmpty();

    tasks.addCandidateGroup(task.getId(), "org-swos");
    assertThat(authorizations.createAuthorizationQuery().resourceId(task.getId()).unlimitedList()).as("organisations work in the portal").isEmpty();
    tasks.addCandidateGroup(task.getId(), "policy-officer");
    assertThat(authorizations.createAuthorizationQuery().resourceId(task.getId()).unlimitedList())
        .extracting(org.camunda.bpm.engine.authorization.Authorization::getGroupId).containsExactly("policy-officer");

    var old = authorizations.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
    old.setGroupId("coordinator");
    old.setResource(org.camunda.bpm.engine.authorization.Resources.TASK);
    old.setResourceId(task.getId());
    old.addPermission(org.camunda.bpm.engine.authorization.Permissions.UPDATE);
    authorizations.saveAuthorization(old);
    setup.run(null);
    assertThat(authorizations.createAuthorizationQuery().resourceId(task.getId()).groupIdIn("coordinator").count()).isZero();

    assertThat(api("rest-coordinator", HttpMethod.GET, "/engine-rest/task/" + task.getId(), null).getStatusCode().value())
        .isEqualTo(200);
    assertThat(api("rest-elzis", HttpMethod.GET, "/engine-rest/task/" + task.getId(), null).getStatusCode().value())
        .as("organisations do not reach the engine").isEqualTo(403);
    assertThat(api("rest-coordinator", HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete", Map.of())
        .getStatusCode().value()).isEqualTo(204);
  }

  private interface Unchecked<T> {
    T get() throws Exception;
  }

  private static <T> T unchecked(Unchecked<T> body) {
    try {
      return body.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
