package nl.coachplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import nl.coachplan.RestTestSupport;
import nl.coachplan.planintake.PlanStage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The contract over HTTP: staff through {@code /engine-rest} as the Tasklist uses it, organisations
 * through the task API and {@code /api/v1/plans} (the engine answers them 403); HTTP Basic, the right
 * users completing their own work, and bad form data refused with a 400 and a Dutch message.
 */
class EngineRestTest extends RestTestSupport {

  @Test
  void engineRestNeedsCredentials() {
    assertThat(call(null, HttpMethod.GET, "/task", null).getStatusCode().value()).isEqualTo(401);
    HttpHeaders headers = new HttpHeaders();
    // A user of its own: a failed login delays that user's next logins (Camunda's login throttling).
    user("rest-mistyped", "org-swos");
    headers.setBasicAuth("rest-mistyped", "wrong");
    assertThat(http.exchange("/engine-rest/task", HttpMethod.GET, new HttpEntity<>(headers), String.class)
        .getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void aWholePlanGoesFromSubmissionToApprovalAsTheRightUsers() throws Exception {
    int year = freshYear();
    ResponseEntity<String> started = call("rest-coordinator", HttpMethod.POST, "/process-definition/key/funding-round/submit-form",
        form("year", year, "grantedFte", 6.8, "rijksbijdragePerFte", 20000, "localShareMinimumPercent", 60,
            "inKindCountsAsCofinancing", false, "callDeadline", year + "-06-30"));
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
    String round = "round-" + year;
    assertThat(submitTask("rest-coordinator", openTask("rest-coordinator", round, "prepareMeeting"),
        "meetingDate", year + "-03-17", "meetingLocation", "Raadhuis", "invitedOrganizations", List.of("werk-en-inkomen", "swos"))
        .getStatusCode().value()).isEqualTo(204);
    fireTimer(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(round).singleResult());
    assertThat(submitTask("rest-coordinator", openTask("rest-coordinator", round, "recordMeeting"),
        "attendingOrganizations", List.of("werk-en-inkomen", "swos"), "meetingNotes", "Goed bezocht")
        .getStatusCode().value()).isEqualTo(204);

    // The aanvoerder's own user leaves "aanvoerder" empty: it is its organisation.
    assertThat(call("rest-wei", HttpMethod.POST, "/process-definition/key/plan-intake/submit-form", form(planForm(year, 1.0, List.of())))
        .getStatusCode().value()).as("the engine is closed to organisations").isEqualTo(403);
    String ref = submitPlan("rest-wei", planForm(year, 1.0, List.of(
        Map.of("organization", "swos", "kind", "money", "amountEuro", 6000, "description", "Bijdrage"),
        Map.of("organization", "mee", "kind", "expertise", "description", "Cliëntondersteuning"))));
    assertThat(ref).isEqualTo(String.format("P-%d-001", year));

    assertThat(submitTask("rest-swos", openTask("rest-swos", ref, "confirmContribution"),
        "contributionConfirmed", true, "confirmedAmountEuro", 6000, "remark", "Akkoord").getStatusCode().value()).isEqualTo(204);
    assertThat(submitTask("rest-mee", openTask("rest-mee", ref, "confirmContribution"),
        "contributionConfirmed", true).getStatusCode().value()).isEqualTo(204);
    assertThat(submitTask("rest-coordinator", openTask("rest-coordinator", ref, "screenPlan"),
        "screeningOutcome", "complete").getStatusCode().value()).isEqualTo(204);
    assertThat(submitTask("rest-policy", openTask("rest-policy", ref, "jointReview"),
        "reviewDate", year + "-05-01", "reviewAttendees", "coördinator, beleid, aanvoerder", "tips", "Betrek de scholen",
        "reviewDecision", "approve", "approvedFte", 1.0).getStatusCode().value()).isEqualTo(204);
    assertThat(submitTask("rest-wei", openTask("rest-wei", ref, "draftProfile"),
        "profileType", "buurtsportcoach", "posts", List.of(Map.of("hoursPerWeek", 36)), "tasks", "Sportactiviteiten in de wijk",
        "competencies", List.of("vulnerableGroups", "sportTechnical")).getStatusCode().value()).isEqualTo(204);
    assertThat(submitTask("rest-wei", openTask("rest-wei", ref, "draftBudget"),
        "salaryScale", "schaal 7", "annualCostPerFte", 50000, "otherCostsEuro", 2000).getStatusCode().value()).isEqualTo(204);
    assertThat(submitTask("rest-coordinator", openTask("rest-coordinator", ref, "approveProfileAndBudget"),
        "budgetDecision", "approve").getStatusCode().value()).isEqualTo(204);

    JsonNode history = read(call("rest-coordinator", HttpMethod.GET, "/history/process-instance?processInstanceBusinessKey=" + ref + "&maxResults=100", null));
    assertThat(history.get(0).get("state").asText()).isEqualTo("COMPLETED");
    String instanceId = history.get(0).get("id").asText();
    assertThat(read(call("rest-coordinator", HttpMethod.GET, "/history/activity-instance?processInstanceId=" + instanceId
        + "&activityId=planApproved&maxResults=100", null))).hasSize(1);
    assertThat(plans.findByReference(ref).orElseThrow().getStage()).isEqualTo(PlanStage.HIRING);
  }

  @Test
  void badFormDataIsRefusedWithADutchMessageAndChangesNothing() throws Exception {
    int year = freshYear();
    openRound(year, 1.0);
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("plan-intake").count();

    // The coordinator submits for an organisation through the engine's start form.
    ResponseEntity<String> negative = call("rest-coordinator", HttpMethod.POST, "/process-definition/key/plan-intake/submit-form",
        form(with(planForm(year, -1, List.of()), "aanvoerder", "werk-en-inkomen")));
    assertThat(negative.getStatusCode().value()).isEqualTo(400);
    assertThat(negative.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    JsonNode problem = read(negative);
    assertThat(problem.get("title").asText()).isEqualTo("Ongeldige invoer");
    assertThat(problem.get("detail").asText()).contains("De gevraagde fte moet minstens 0,1 zijn.");
    assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("requestedFte");

    // The same through /start, which the engine would otherwise answer with a 500.
    ResponseEntity<String> unknown = call("rest-coordinator", HttpMethod.POST, "/process-definition/key/plan-intake/start",
        form(with(planForm(year, 1.0, List.of(Map.of("organization", "de-maan", "kind", "money", "amountEuro", 5))),
            "aanvoerder", "werk-en-inkomen")));
    assertThat(unknown.getStatusCode().value()).isEqualTo(400);
    assertThat(read(unknown).get("message").asText()).contains("Onbekende organisatie 'de-maan'");

    ResponseEntity<String> wrongType = call("rest-coordinator", HttpMethod.POST, "/process-definition/key/plan-intake/submit-form",
        form(with(planForm(year, "veel", List.of()), "aanvoerder", "werk-en-inkomen")));
    assertThat(wrongType.getStatusCode().value()).isEqualTo(400);
    assertThat(read(wrongType).get("message").asText()).contains("Gevraagde fte: ongeldige waarde");

    // An organisation submits through our API, and only as its own aanvoerder.
    ResponseEntity<String> otherOrg = api("rest-swos", HttpMethod.POST, "/api/v1/plans",
        plain(with(planForm(year, 1.0, List.of()), "aanvoerder", "werk-en-inkomen")));
    assertThat(otherOrg.getStatusCode().value()).isEqualTo(400);
    assertThat(read(otherOrg).get("message").asText()).contains("eigen organisatie");

    // Staff other than the coordinator start nothing in the engine; our API refuses non-organisations too.
    assertThat(call("rest-policy", HttpMethod.POST, "/process-definition/key/plan-intake/submit-form",
        form(with(planForm(year, 1.0, List.of()), "aanvoerder", "werk-en-inkomen"))).getStatusCode().value()).isEqualTo(403);
    ResponseEntity<String> noOrganisation = api("rest-policy", HttpMethod.POST, "/api/v1/plans",
        plain(with(planForm(year, 1.0, List.of()), "aanvoerder", "werk-en-inkomen")));
    assertThat(noOrganisation.getStatusCode().value()).isEqualTo(403);
    assertThat(noOrganisation.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(read(noOrganisation).get("message").asText()).contains("hoort bij geen organisatie");

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("plan-intake").count()).isEqualTo(before);

    // A task: approving more fte than the round's year has left.
    String ref = submitPlan("rest-wei", planForm(year, 1.0, List.of()));
    submitTask("rest-coordinator", openTask("rest-coordinator", ref, "screenPlan"), "screeningOutcome", "complete");
    String review = openTask("rest-coordinator", ref, "jointReview");
    submitPlanTakingFte(year);
    ResponseEntity<String> tooMuch = submitTask("rest-coordinator", review,
        "reviewDate", year + "-05-01", "reviewDecision", "approve", "approvedFte", 1.0);
    assertThat(tooMuch.getStatusCode().value()).isEqualTo(400);
    assertThat(read(tooMuch).get("message").asText()).contains("nog beschikbaar is");
    ResponseEntity<String> completeInstead = call("rest-coordinator", HttpMethod.POST, "/task/" + review + "/complete",
        form("reviewDate", year + "-05-01", "reviewDecision", "maybe"));
    assertThat(completeInstead.getStatusCode().value()).isEqualTo(400);
    assertThat(read(completeInstead).get("message").asText()).contains("Het besluit is 'approve', 'revise' of 'reject'.");
    assertThat(openTask("rest-coordinator", ref, "jointReview")).isEqualTo(review);
    assertThat(runtimeService.getVariable(task(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ref)
        .singleResult(), "jointReview").getProcessInstanceId(), "reviewDecision")).isNull();
  }

  /** Another plan of the round takes 0.5 of its 1.0 fte. */
  private void submitPlanTakingFte(int year) throws Exception {
    String other = submitPlan("rest-wei", planForm(year, 0.5, List.of()));
    submitTask("rest-coordinator", openTask("rest-coordinator", other, "screenPlan"), "screeningOutcome", "complete");
    assertThat(submitTask("rest-coordinator", openTask("rest-coordinator", other, "jointReview"),
        "reviewDate", year + "-05-01", "reviewDecision", "approve", "approvedFte", 0.5).getStatusCode().value()).isEqualTo(204);
  }

  @Test
  void eachOrganisationSeesAndCompletesOnlyItsOwnWork() throws Exception {
    int year = freshYear();
    openRound(year, 3);
    String weiPlan = submitPlan("rest-wei", planForm(year, 1.0, List.of(
        Map.of("organization", "swos", "kind", "hours", "hoursPerYear", 40, "description", "Vrijwilligers"),
        Map.of("organization", "mee", "kind", "money", "amountEuro", 1000))));
    String elzisPlan = submitPlan("rest-elzis", planForm(year, 1.0, List.of(
        Map.of("organization", "mee", "kind", "money", "amountEuro", 2000))));

    // A speler sees only its own confirmation tasks, of every plan it joins.
    List<String> plansOfTest = List.of(weiPlan, elzisPlan);
    List<JsonNode> meeTasks = ofPlans(apiTasks("rest-mee"), plansOfTest);
    assertThat(meeTasks).hasSize(2).allSatisfy(t -> assertThat(t.get("taskDefinitionKey").asText()).isEqualTo("confirmContribution"));
    List<JsonNode> swosTasks = ofPlans(apiTasks("rest-swos"), plansOfTest);
    assertThat(swosTasks).hasSize(1);
    assertThat(ofPlans(apiTasks("rest-elzis"), List.of(weiPlan))).isEmpty();
    assertThat(call("rest-mee", HttpMethod.GET, "/task?processInstanceBusinessKeyIn=" + weiPlan + "," + elzisPlan, null)
        .getStatusCode().value()).as("the engine is closed to organisations").isEqualTo(403);

    // Another organisation can neither complete nor read a speler's task: unknown to one outside the
    // case, refused to a speler of the same case.
    String swosTask = swosTasks.get(0).get("id").asText();
    ResponseEntity<String> foreign = submitTask("rest-elzis", swosTask, "contributionConfirmed", true, "confirmedHoursPerYear", 40);
    assertThat(foreign.getStatusCode().value()).as(foreign.getBody()).isEqualTo(404);
    assertThat(api("rest-elzis", HttpMethod.GET, "/api/v1/tasks/" + swosTask, null).getStatusCode().value()).isEqualTo(404);
    ResponseEntity<String> otherSpeler = submitTask("rest-mee", swosTask, "contributionConfirmed", true, "confirmedHoursPerYear", 40);
    assertThat(otherSpeler.getStatusCode().value()).as(otherSpeler.getBody()).isEqualTo(403);
    assertThat(call("rest-elzis", HttpMethod.GET, "/task/" + swosTask + "/form-variables", null).getStatusCode().value())
        .isEqualTo(403);
    assertThat(openTask("rest-swos", weiPlan, "confirmContribution")).isEqualTo(swosTask);
    assertThat(taskService.createTaskQuery().taskId(swosTask).count()).as("still open").isEqualTo(1);

    // Each aanvoerder sees its own plan, not the other's.
    for (Map.Entry<String, String> own : Map.of("rest-wei", weiPlan, "rest-elzis", elzisPlan).entrySet()) {
      JsonNode listed = read(api(own.getKey(), HttpMethod.GET, "/api/v1/plans?round=" + year, null)).get("content");
      assertThat(listed).extracting(p -> p.get("reference").asText()).contains(own.getValue())
          .doesNotContain(own.getValue().equals(weiPlan) ? elzisPlan : weiPlan);
    }
  }

  @Test
  void theAanvoerderWithdrawsItsPlanAndNoOtherOrganisationCan() throws Exception {
    int year = freshYear();
    openRound(year, 3);
    String weiPlan = submitPlan("rest-wei", planForm(year, 1.0, List.of(
        Map.of("organization", "mee", "kind", "money", "amountEuro", 1000))));
    String elzisPlan = submitPlan("rest-elzis", planForm(year, 1.0, List.of(
        Map.of("organization", "mee", "kind", "money", "amountEuro", 2000))));

    // Not another organisation, not even a speler of the plan; and not through the engine.
    Map<String, Object> withdraw = Map.of("reason", "Geen coach te vinden");
    String withdrawal = "/api/v1/plans/" + elzisPlan + "/withdrawal";
    assertThat(api("rest-wei", HttpMethod.POST, withdrawal, withdraw).getStatusCode().value()).isEqualTo(404);
    assertThat(api("rest-mee", HttpMethod.POST, withdrawal, withdraw).getStatusCode().value()).isEqualTo(403);
    assertThat(call("rest-elzis", HttpMethod.POST, "/message", Map.of("messageName", "PlanWithdrawn", "businessKey", elzisPlan))
        .getStatusCode().value()).as("the engine is closed to organisations").isEqualTo(403);
    ResponseEntity<String> withdrawn = api("rest-elzis", HttpMethod.POST, withdrawal, withdraw);
    assertThat(withdrawn.getStatusCode().value()).as(withdrawn.getBody()).isEqualTo(204);
    assertThat(plans.findByReference(elzisPlan).orElseThrow().getStage()).isEqualTo(PlanStage.WITHDRAWN);
    assertThat(plans.findByReference(weiPlan).orElseThrow().getStage()).isEqualTo(PlanStage.CONFIRMING);
    assertThat(api("rest-elzis", HttpMethod.POST, withdrawal, withdraw).getStatusCode().value()).as("once").isEqualTo(409);
  }

  private static List<JsonNode> ofPlans(JsonNode tasks, List<String> references) {
    List<JsonNode> found = new java.util.ArrayList<>();
    tasks.forEach(t -> {
      if (references.contains(t.get("reference").asText())) {
        found.add(t);
      }
    });
    return found;
  }

  @Test
  void organisationsCannotStartARound() throws Exception {
    ResponseEntity<String> response = call("rest-wei", HttpMethod.POST, "/process-definition/key/funding-round/submit-form",
        form("year", freshYear(), "grantedFte", 1, "rijksbijdragePerFte", 20000, "callDeadline", "2099-06-30"));
    assertThat(response.getStatusCode().value()).isEqualTo(403);
  }
}
