package nl.coachplan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.coachplan.RestTestSupport;
import nl.coachplan.planintake.PlanScenario;
import nl.coachplan.planintake.PlanStage;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The attacks reproduced on the demo before the engine was closed, each as it was done: every one
 * is refused with a 4xx and moves nothing. Organisations do not reach the engine at all; staff other
 * than the administrator reach it only through its forms.
 */
class EngineClosedTest extends RestTestSupport {

  private static final List<String> NOT_ADMIN = List.of("rest-coordinator", "rest-policy", "rest-manager", "rest-wei", "rest-swos");

  private int year;
  private ProcessInstance round;

  @BeforeEach
  void openRoundOfThisTest() {
    year = freshYear();
    round = openRound(year, 6.8);
  }

  /** Werk & Inkomen's plan with SWOS's money, at the joint review. */
  private ProcessInstance planInReview() {
    ProcessInstance intake = runtimeService.startProcessInstanceByKey("plan-intake", PlanScenario.plan(year,
        List.of(PlanScenario.contribution("swos", "money", 2000, null, "Bijdrage"))));
    Task confirm = task(intake, "confirmContribution");
    taskService.complete(confirm.getId(), vars("contributionConfirmed", true, "confirmedAmountEuro", 2000));
    completeTask(intake, "screenPlan", vars("screeningOutcome", "complete"));
    return intake;
  }

  private String reference(ProcessInstance instance) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getBusinessKey();
  }

  private PlanStage stage(String reference) {
    return plan(reference).getStage();
  }

  private ResponseEntity<String> engine(String user, HttpMethod method, String path, Object body) {
    return call(user, method, path, body);
  }

  private static Map<String, Object> typed(Object value, String type) {
    Map<String, Object> typed = new LinkedHashMap<>();
    typed.put("value", value);
    typed.put("type", type);
    return typed;
  }

  @Test
  void organisationsAndTheWijkteamDoNotReachTheEngine() throws Exception {
    user("rest-wijkteam", "wijkteam");
    for (String outsider : List.of("rest-wei", "rest-swos", "rest-wijkteam")) {
      assertThat(engine(outsider, HttpMethod.GET, "/task", null).getStatusCode().value()).as(outsider).isEqualTo(403);
      assertThat(engine(outsider, HttpMethod.GET, "/process-definition", null).getStatusCode().value()).as(outsider).isEqualTo(403);
      ResponseEntity<String> webapp = http.exchange("/camunda/api/engine/engine/default/task", HttpMethod.GET, basic(outsider), String.class);
      assertThat(webapp.getStatusCode().value()).as(outsider).isEqualTo(403);
      assertThat(webapp.getBody()).contains("portaal").doesNotContain("Exception");
    }
    // The webapps send an organisation to its portal.
    var tasklist = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(http.getRootUri() + "/camunda/app/tasklist/default/"))
        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("rest-wei:rest-wei".getBytes()))
        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(tasklist.statusCode()).isEqualTo(302);
    assertThat(tasklist.headers().firstValue("Location").orElseThrow()).endsWith("/portaal");
    // Their groups hold no engine grant at all.
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("org-werk-en-inkomen", "org-swos", "wijkteam")
        .count()).isZero();
  }

  @Test
  void nobodyButTheAdministratorStartsAPlanHalfWayToMoveAnotherPlan() {
    ProcessInstance victim = planInReview();
    String ref = reference(victim);
    Long victimId = plan(ref).getId();
    for (String user : NOT_ADMIN) {
      for (String activity : List.of("approvePlan", "withdrawPlan")) {
        ResponseEntity<String> started = engine(user, HttpMethod.POST, "/process-definition/key/plan-intake/start", Map.of(
            "variables", Map.of("planId", Map.of("value", victimId, "type", "Long")),
            "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", activity))));
        assertThat(started.getStatusCode().value()).as("%s starts before %s", user, activity).isIn(400, 403);
        assertThat(started.getBody()).doesNotContain("Exception").doesNotContain("ENGINE-");
      }
    }
    assertThat(stage(ref)).isEqualTo(PlanStage.IN_REVIEW);
    // Hiring and contract years follow from the step before them; nobody but the administrator starts one by hand.
    for (String key : List.of("coach-hiring", "contract-renewal")) {
      assertThat(engine("rest-coordinator", HttpMethod.POST, "/process-definition/key/" + key + "/start", Map.of())
          .getStatusCode().value()).as(key).isEqualTo(403);
    }
  }

  @Test
  void nobodyButTheAdministratorWritesVariablesCorrelatesMessagesOrModifiesInstances() throws Exception {
    ProcessInstance own = planInReview();
    ProcessInstance other = planInReview();
    String otherRef = reference(other);
    Long otherId = plan(otherRef).getId();
    for (String user : NOT_ADMIN) {
      assertThat(engine(user, HttpMethod.PUT, "/process-instance/" + own.getId() + "/variables/planId",
          Map.of("value", otherId, "type", "Long")).getStatusCode().value()).as("%s writes planId", user).isEqualTo(403);
      assertThat(engine(user, HttpMethod.POST, "/process-instance/" + own.getId() + "/variables",
          Map.of("modifications", Map.of("aanvoerder", Map.of("value", "elzis")))).getStatusCode().value()).as(user).isEqualTo(403);
      assertThat(engine(user, HttpMethod.PUT, "/process-instance/" + own.getId() + "/variables/broken",
          Map.of("value", "{not json", "type", "Json")).getStatusCode().value()).as(user).isEqualTo(403);
      assertThat(engine(user, HttpMethod.POST, "/message", Map.of("messageName", "PlanWithdrawn", "businessKey", otherRef))
          .getStatusCode().value()).as("%s correlates", user).isEqualTo(403);
      assertThat(engine(user, HttpMethod.POST, "/process-instance/" + own.getId() + "/modification", Map.of(
          "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "approvePlan")))).getStatusCode().value())
          .as("%s modifies", user).isEqualTo(403);
      assertThat(engine(user, HttpMethod.POST, "/engine/default/process-instance/" + own.getId() + "/modification", Map.of(
          "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "approvePlan")))).getStatusCode().value())
          .as("%s modifies through the named engine", user).isEqualTo(403);
      assertThat(engine(user, HttpMethod.DELETE, "/process-instance/" + own.getId(), null).getStatusCode().value()).as(user)
          .isEqualTo(403);
      assertThat(engine(user, HttpMethod.POST, "/process-instance/" + own.getId() + "%2Fmodification", Map.of())
          .getStatusCode().value()).as("%s hides the path", user).isIn(400, 403, 404);
    }
    assertThat(stage(otherRef)).isEqualTo(PlanStage.IN_REVIEW);
    assertThat(stage(reference(own))).isEqualTo(PlanStage.IN_REVIEW);
    assertThat(runtimeService.getVariable(own.getId(), "planId")).isNotEqualTo(otherId);
    assertThat(runtimeService.getVariable(own.getId(), "broken")).isNull();
    // The administrator still may (and so may repair a case).
    assertThat(engine("rest-admin", HttpMethod.PUT, "/process-instance/" + own.getId() + "/variables/note",
        Map.of("value", "hersteld", "type", "String")).getStatusCode().value()).isEqualTo(204);
  }

  @Test
  void aSpelerCannotAnswerForAnotherContributionOrTakeThePlanOver() throws Exception {
    ProcessInstance mine = runtimeService.startProcessInstanceByKey("plan-intake", PlanScenario.plan(year,
        List.of(PlanScenario.contribution("swos", "money", 2000, null, "Bijdrage"))));
    ProcessInstance theirs = runtimeService.startProcessInstanceByKey("plan-intake", PlanScenario.plan(year,
        List.of(PlanScenario.contribution("mee", "money", 3000, null, "Bijdrage"))));
    String swosTask = task(mine, "confirmContribution").getId();
    Object theirContribution = taskService.getVariable(task(theirs, "confirmContribution").getId(), "contributionId");
    // Through the engine: closed to the speler, and no variable writes for staff either.
    assertThat(engine("rest-swos", HttpMethod.PUT, "/task/" + swosTask + "/localVariables/contributionId",
        Map.of("value", theirContribution, "type", "Long")).getStatusCode().value()).isEqualTo(403);
    assertThat(engine("rest-coordinator", HttpMethod.PUT, "/task/" + swosTask + "/localVariables/contributionId",
        Map.of("value", theirContribution, "type", "Long")).getStatusCode().value()).isEqualTo(403);
    ResponseEntity<String> extra = engine("rest-coordinator", HttpMethod.POST, "/task/" + swosTask + "/submit-form", Map.of("variables",
        Map.of("contributionConfirmed", Map.of("value", true), "confirmedAmountEuro", Map.of("value", 500000),
            "contributionId", Map.of("value", theirContribution, "type", "Long"), "aanvoerder", Map.of("value", "swos"))));
    assertThat(extra.getStatusCode().value()).isEqualTo(403);
    assertThat(extra.getBody()).contains("geen veld");
    // Through the portal's API: only the form's own fields.
    for (String field : List.of("contributionId", "aanvoerder", "planId")) {
      ResponseEntity<String> refused = api("rest-swos", HttpMethod.POST, "/api/v1/tasks/" + swosTask + "/complete",
          Map.of("contributionConfirmed", true, "confirmedAmountEuro", 500000, field, theirContribution));
      assertThat(refused.getStatusCode().value()).as(field).isEqualTo(400);
      assertThat(read(refused).path("errors").get(0).path("field").asText()).isEqualTo(field);
    }
    assertThat(task(mine, "confirmContribution")).as("nothing changed").isNotNull();
    assertThat(task(theirs, "confirmContribution")).isNotNull();
    String theirs2 = task(theirs, "confirmContribution").getId();
    assertThat(api("rest-swos", HttpMethod.POST, "/api/v1/tasks/" + theirs2 + "/complete", Map.of("contributionConfirmed", true))
        .getStatusCode().value()).as("another speler's task").isEqualTo(404);
    assertThat(inTx(() -> plan(reference(theirs)).getContributions().get(0).getStatus().name())).isEqualTo("PENDING");
    assertThat(inTx(() -> plan(reference(mine)).getAanvoerder().getSlug())).isEqualTo("werk-en-inkomen");
  }

  @Test
  void aRefusedJobExecutionCostsTheJobNothing() {
    // The round's call-deadline timer.
    Job deadline = managementService.createJobQuery().processInstanceId(round.getId()).timers().singleResult();
    assertThat(deadline).isNotNull();
    int retries = deadline.getRetries();
    for (String user : NOT_ADMIN) {
      assertThat(engine(user, HttpMethod.POST, "/job/" + deadline.getId() + "/execute", null).getStatusCode().value()).as(user)
          .isEqualTo(403);
      assertThat(engine(user, HttpMethod.PUT, "/job/" + deadline.getId() + "/retries", Map.of("retries", 0)).getStatusCode().value())
          .as(user).isEqualTo(403);
      assertThat(engine(user, HttpMethod.PUT, "/job/" + deadline.getId() + "/duedate", Map.of("duedate", "2000-01-01T00:00:00.000+0000"))
          .getStatusCode().value()).as(user).isEqualTo(403);
    }
    Job after = managementService.createJobQuery().jobId(deadline.getId()).singleResult();
    assertThat(after.getRetries()).isEqualTo(retries);
    assertThat(after.getDuedate()).isEqualTo(deadline.getDuedate());
  }

  @Test
  void noFilesOrBytesAsVariablesAndNoLargeBodies() throws Exception {
    ProcessInstance intake = planInReview();
    String review = task(intake, "jointReview").getId();
    assertThat(engine("rest-coordinator", HttpMethod.POST, "/task/" + review + "/submit-form", Map.of("variables", Map.of(
        "reviewDecision", Map.of("value", "approve"), "approvedFte", Map.of("value", 1.0), "reviewDate", Map.of("value", year + "-05-12"),
        "tips", typed("aGVsbG8=", "File")))).getStatusCode().value()).isEqualTo(403);
    assertThat(engine("rest-coordinator", HttpMethod.POST, "/task/" + review + "/submit-form", Map.of("variables", Map.of(
        "tips", typed("aGVsbG8=", "Bytes")))).getStatusCode().value()).isEqualTo(403);
    String large = "x".repeat(300 * 1024);
    ResponseEntity<String> tooLarge = engine("rest-coordinator", HttpMethod.POST, "/task/" + review + "/submit-form",
        Map.of("variables", Map.of("tips", Map.of("value", large))));
    assertThat(tooLarge.getStatusCode().value()).isEqualTo(413);
    HttpHeaders multipart = new HttpHeaders();
    multipart.setBasicAuth("rest-wei", "rest-wei");
    multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
    assertThat(http.exchange("/engine-rest/process-instance/" + intake.getId() + "/variables/upload/data", HttpMethod.POST,
        new HttpEntity<>("--x--", multipart), String.class).getStatusCode().value()).isEqualTo(403);
    assertThat(task(intake, "jointReview")).as("the review still waits").isNotNull();
    assertThat(runtimeService.getVariable(intake.getId(), "tips")).isNull();
  }

  @Test
  void theManagerReadsOnlyAndTheCoordinatorStillWorksThroughForms() throws Exception {
    ProcessInstance intake = planInReview();
    String review = task(intake, "jointReview").getId();
    assertThat(engine("rest-manager", HttpMethod.GET, "/process-instance/" + intake.getId() + "/variables", null).getStatusCode().value())
        .isEqualTo(200);
    assertThat(engine("rest-manager", HttpMethod.POST, "/task/" + review + "/claim", Map.of("userId", "rest-manager"))
        .getStatusCode().value()).isEqualTo(403);
    assertThat(engine("rest-manager", HttpMethod.POST, "/task?firstResult=0&maxResults=15", Map.of()).getStatusCode().value()).as("a query").isEqualTo(200);
    assertThat(engine("rest-coordinator", HttpMethod.POST, "/task/" + review + "/claim", Map.of("userId", "rest-coordinator"))
        .getStatusCode().value()).isEqualTo(204);
    assertThat(submitTask("rest-coordinator", review, "reviewDate", year + "-05-12", "reviewDecision", "approve", "approvedFte", 1.0)
        .getStatusCode().value()).isEqualTo(204);
    assertThat(stage(reference(intake))).isEqualTo(PlanStage.DRAFTING);
  }

  private HttpEntity<Object> basic(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, user);
    return new HttpEntity<>(null, headers);
  }
}
