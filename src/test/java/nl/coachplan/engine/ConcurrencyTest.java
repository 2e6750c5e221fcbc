package nl.coachplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.coachplan.RestTestSupport;
import nl.coachplan.planintake.PlanScenario;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Two people at once on the same task or plan: one wins, the other is told why, and nothing is doubled. */
class ConcurrencyTest extends RestTestSupport {

  private List<ResponseEntity<String>> atOnce(Callable<ResponseEntity<String>> first, Callable<ResponseEntity<String>> second)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    try {
      Future<ResponseEntity<String>> a = pool.submit(() -> { start.await(); return first.call(); });
      Future<ResponseEntity<String>> b = pool.submit(() -> { start.await(); return second.call(); });
      start.countDown();
      return List.of(a.get(), b.get());
    } finally {
      pool.shutdownNow();
    }
  }

  private ProcessInstance planWaitingForScreening() {
    int year = freshYear();
    openRound(year, 3);
    user("rest-coordinator-2", "coordinator");
    return runtimeService.startProcessInstanceByKey("plan-intake", PlanScenario.plan(year, List.of()));
  }

  @Test
  void twoCoordinatorsClaimingOneTaskOneWins() throws Exception {
    ProcessInstance plan = planWaitingForScreening();
    String taskId = task(plan, "screenPlan").getId();
    var results = atOnce(
        () -> call("rest-coordinator", HttpMethod.POST, "/task/" + taskId + "/claim", java.util.Map.of("userId", "rest-coordinator")),
        () -> call("rest-coordinator-2", HttpMethod.POST, "/task/" + taskId + "/claim", java.util.Map.of("userId", "rest-coordinator-2")));
    assertThat(results).extracting(r -> r.getStatusCode().value()).containsExactlyInAnyOrder(204, 409);
    ResponseEntity<String> loser = results.stream().filter(r -> r.getStatusCode().value() == 409).findFirst().orElseThrow();
    assertThat(loser.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    // Depending on the moment, the loser finds the task claimed or collides with the winner's claim.
    assertThat(read(loser).get("detail").asText()).contains("Iemand anders");
  }

  @Test
  void twoCoordinatorsCompletingOneTaskOneWins() throws Exception {
    ProcessInstance plan = planWaitingForScreening();
    String taskId = task(plan, "screenPlan").getId();
    var results = atOnce(
        () -> submitTask("rest-coordinator", taskId, "screeningOutcome", "complete"),
        () -> submitTask("rest-coordinator-2", taskId, "screeningOutcome", "incomplete", "screeningRemarks", "Onvolledig"));
    assertThat(results).as(results.toString()).extracting(r -> r.getStatusCode().value()).containsExactlyInAnyOrder(204, 409);
    assertThat(taskService.createTaskQuery().processInstanceId(plan.getId()).unlimitedList())
        .as("exactly one outcome was taken").hasSize(1)
        .first().satisfies(t -> assertThat(t.getTaskDefinitionKey()).isIn("jointReview", "revisePlan"));
  }

  @Test
  void twoPeopleOfOneOrganisationCompletingOneTaskOneWins() throws Exception {
    int year = freshYear();
    openRound(year, 3);
    user("rest-swos-2", "org-swos");
    ProcessInstance plan = runtimeService.startProcessInstanceByKey("plan-intake", PlanScenario.plan(year,
        List.of(PlanScenario.contribution("swos", "money", 1500, null, null))));
    String taskId = task(plan, "confirmContribution").getId();
    var results = atOnce(
        () -> submitTask("rest-swos", taskId, "contributionConfirmed", true, "confirmedAmountEuro", 1500),
        () -> submitTask("rest-swos-2", taskId, "contributionConfirmed", false, "remark", "Geen budget"));
    assertThat(results).as(results.toString()).extracting(r -> r.getStatusCode().value()).containsExactlyInAnyOrder(204, 409);
    ResponseEntity<String> loser = results.stream().filter(r -> r.getStatusCode().value() == 409).findFirst().orElseThrow();
    assertThat(loser.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(taskService.createTaskQuery().processInstanceId(plan.getId()).unlimitedList())
        .as("exactly one answer was taken").hasSize(1)
        .first().satisfies(t -> assertThat(t.getTaskDefinitionKey()).isNotEqualTo("confirmContribution"));
  }

  @Test
  void theSamePlanSubmittedTwiceWithOneKeyIsOnePlan() throws Exception {
    int year = freshYear();
    openRound(year, 3);
    String body = json.writeValueAsString(java.util.Map.of("roundYear", year, "title", "Beweegtuin", "goals", "Ouderen in beweging",
        "targetGroups", List.of("elderly"), "settings", List.of("neighbourhood"), "requestedFte", 0.5, "profileType", "beweegcoach",
        "aanvoerderContributionEuro", 12000));
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("rest-wei", "rest-wei");
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("Idempotency-Key", "beweegtuin-" + year);
    Callable<ResponseEntity<String>> submit = () -> http.exchange("/api/v1/plans", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);

    var results = atOnce(submit, submit);
    assertThat(results).extracting(r -> r.getStatusCode().value()).containsExactlyInAnyOrder(201, 200);
    assertThat(read(results.get(0)).get("reference").asText()).isEqualTo(read(results.get(1)).get("reference").asText());
    ResponseEntity<String> later = submit.call();
    assertThat(later.getStatusCode().value()).isEqualTo(200);
    assertThat(inTx(() -> plans.findAll().stream().filter(p -> p.getRound().getYear() == year).count())).isEqualTo(1L);
  }
}
