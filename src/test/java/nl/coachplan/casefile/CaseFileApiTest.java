package nl.coachplan.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.coachplan.RestTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A plan's case file through the API and as a page, and submitting a plan through the API. */
class CaseFileApiTest extends RestTestSupport {

  private ResponseEntity<String> get(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, user);
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private ResponseEntity<String> post(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, user);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  /** A plan as a client of our API sends it: the aanvoerder with SWOS as its one speler. */
  private String apiPlan(int year, String title) throws Exception {
    return json.writeValueAsString(Map.of("roundYear", year, "title", title,
        "goals", "Ouderen in beweging", "targetGroups", List.of("elderly"), "settings", List.of("neighbourhood"),
        "requestedFte", 0.5, "profileType", "beweegcoach", "aanvoerderContributionEuro", 12000,
        "contributions", List.of(Map.of("organization", "swos", "kind", "money", "amountEuro", 1500))));
  }

  @Test
  void theCaseFileHoldsEveryStepAndDecision() throws Exception {
    int year = freshYear();
    String ref = approvedPlan(year, 6.8);
    hire(ref, LocalDate.of(year, 9, 1), 36, false);
    on(LocalDate.of(year + 1, 8, 31).minusWeeks(8));
    fireDueTimer(year(ref, 1));
    // The aanvoerder reports through the task API, as the portal does.
    ResponseEntity<String> report = submitTask("rest-wei", openTask("rest-wei", ref + "/1", "submitYearReport"),
        "participantsReached", 120, "ladderStart", ladder(40, 30, 30, 10, 5, 5), "ladderEnd", ladder(20, 30, 35, 20, 10, 5),
        "highlights", "Wekelijkse beweeggroep in de bibliotheek", "spentEuro", 51000, "wantsStructural", false,
        "embeddingSteps", List.of("partnerCommitment"));
    assertThat(report.getStatusCode().value()).as(report.getBody()).isEqualTo(204);
    reconfirm(year(ref, 1));
    as("rest-coordinator");
    decideFunding(year(ref, 1), "continue", "Goed jaar");
    decideContract(year(ref, 1), "renew", null);
    asSystem();

    JsonNode file = json.readTree(get("rest-manager", "/api/v1/plans/" + ref).getBody());
    assertThat(file.get("stage").asText()).isEqualTo("ACTIVE");
    assertThat(file.get("contributions")).hasSize(3).allSatisfy(c -> assertThat(c.get("status").asText()).isEqualTo("CONFIRMED"));
    assertThat(file.get("budget").get("sound").asBoolean()).isTrue();
    assertThat(file.get("contracts")).extracting(c -> c.get("status").asText()).containsExactly("RENEWED", "ACTIVE");
    assertThat(file.get("yearReports").get(0).get("ladderEnd")).hasSize(6);
    assertThat(file.get("timeline")).anySatisfy(e -> {
      assertThat(e.path("step").asText()).isEqualTo("Jaarverslag indienen");
      assertThat(e.path("who").asText()).isEqualTo("rest-wei");
      assertThat(e.path("whoName").asText()).as("an organisation's user by its organisation").isEqualTo("Werk & Inkomen Soest");
    });
    // The decision on its step, in words, with the code for machines.
    assertThat(file.get("timeline")).anySatisfy(e -> {
      assertThat(e.path("step").asText()).isEqualTo("Besluit gemeente: fte en rijksbijdrage");
      assertThat(e.path("decisionCode").asText()).isEqualTo("continue");
      assertThat(e.path("decision").asText()).isEqualTo("Fte en rijksbijdrage voortzetten: Goed jaar");
    });
    assertThat(file.get("timeline")).anySatisfy(e -> {
      assertThat(e.path("step").asText()).isEqualTo("Besluit werkgever: arbeidscontract");
      assertThat(e.path("decisionCode").asText()).isEqualTo("renew");
      assertThat(e.path("decision").asText()).isEqualTo("Verlengen");
    });
    assertThat(file.get("timeline")).extracting(e -> java.time.Instant.parse(e.get("at").asText()))
        .as("newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(file.get("reviews")).anySatisfy(r -> {
      assertThat(r.get("outcome").asText()).isEqualTo("complete");
      assertThat(r.get("outcomeLabel").asText()).isEqualTo("Compleet");
    });
    assertThat(file.get("contracts").get(0).get("decisionLabel").asText()).isEqualTo("Fte en rijksbijdrage voortzetten");
    assertThat(file.get("openTasks")).isEmpty();

    String page = get("rest-manager", "/cases/" + ref).getBody();
    assertThat(page).contains("Buurtsportcoach speciale doelgroepen").contains("Participatieladder contractjaar 1").contains("<svg");
  }

  @Test
  void aPlanSubmittedThroughTheApiIsTheSameAsOneFromTheTasklist() throws Exception {
    int year = freshYear();
    openRound(year, 3);
    String body = apiPlan(year, "<script>alert('x')</script> Beweegtuin");
    ResponseEntity<String> created = post("rest-wei", "/api/v1/plans", body);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    String ref = json.readTree(created.getBody()).get("reference").asText();
    assertThat(created.getHeaders().getLocation().toString()).endsWith("/api/v1/plans/" + ref);
    assertThat(plan(ref).getSubmittedBy()).isEqualTo("rest-wei");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey("confirmContribution").count()).isEqualTo(1);

    String page = get("rest-wei", "/cases/" + ref).getBody();
    assertThat(page).contains("&lt;script&gt;").doesNotContain("<script>alert");

    ResponseEntity<String> invalid = post("rest-wei", "/api/v1/plans", body.replace("\"requestedFte\":0.5", "\"requestedFte\":-2"));
    assertThat(invalid.getStatusCode().value()).isEqualTo(400);
    assertThat(json.readTree(invalid.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("requestedFte");
    ResponseEntity<String> broken = post("rest-wei", "/api/v1/plans", "{\"roundYear\": ");
    assertThat(broken.getStatusCode().value()).isEqualTo(400);
    assertThat(json.readTree(broken.getBody()).get("detail").asText()).contains("geen geldige JSON");
    assertThat(post("rest-manager", "/api/v1/plans", body).getStatusCode().value()).as("managers only read").isEqualTo(403);
    assertThat(inTx(() -> plans.findAll().stream().filter(p -> p.getRound().getYear() == year).count())).isEqualTo(1L);
  }

  @Test
  void everyTextOfAPlanIsKeptWhileTheEngineHoldsOnlyWhatItRoutesBy() throws Exception {
    int year = freshYear();
    openRound(year, 3);
    String body = apiPlan(year, "Beweegtuin");
    ResponseEntity<String> created = post("rest-wei", "/api/v1/plans", body);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    String ref = json.readTree(created.getBody()).get("reference").asText();
    String instanceId = instance("plan-intake", ref).getId();

    // The form's fields were read into the case file; the engine keeps neither them nor their history.
    // Steps find the plan by business key, so no id or aanvoerder is kept for them either.
    assertThat(runtimeService.getVariables(instanceId)).containsKeys("planReference", "planTitle")
        .doesNotContainKeys("title", "goals", "contributions", "requestedFte", "planId", "aanvoerder");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableNameIn("goals", "contributions").count()).isZero();
    JsonNode first = json.readTree(get("rest-wei", "/api/v1/plans/" + ref).getBody()).get("versions");
    assertThat(first).hasSize(1);
    assertThat(first.get(0).get("recordedBy").asText()).isEqualTo("rest-wei");
    assertThat(first.get(0).get("plan").get("goals").asText()).isEqualTo("Ouderen in beweging");
    assertThat(first.get(0).get("plan").get("contributions").get(0).get("organisation").asText()).isEqualTo("swos");

    assertThat(submitTask("rest-swos", openTask("rest-swos", ref, "confirmContribution"), "contributionConfirmed", true,
        "confirmedAmountEuro", 1500).getStatusCode().value()).isEqualTo(204);
    assertThat(submitTask("rest-coordinator", openTask("rest-coordinator", ref, "screenPlan"), "screeningOutcome", "incomplete",
        "screeningRemarks", "Noem de wijk.").getStatusCode().value()).isEqualTo(204);

    // The revision form opens with the plan as submitted, though the engine no longer holds it.
    String revise = openTask("rest-wei", ref, "revisePlan");
    ResponseEntity<String> shown = api("rest-wei", HttpMethod.GET, "/api/v1/tasks/" + revise, null);
    assertThat(shown.getStatusCode().value()).as(shown.getBody()).isEqualTo(200);
    JsonNode prefill = read(shown).get("data");
    assertThat(prefill.get("title").asText()).isEqualTo("Beweegtuin");
    assertThat(prefill.get("requestedFte").asDouble()).isEqualTo(0.5);
    assertThat(prefill.get("contributions").get(0).get("organization").asText()).isEqualTo("swos");
    assertThat(call("rest-wei", HttpMethod.GET, "/task/" + revise + "/form-variables", null).getStatusCode().value())
        .as("the engine is closed to organisations").isEqualTo(403);
    assertThat(submitTask("rest-wei", revise, planForm(year, 0.5, List.of(Map.of("organization", "swos", "kind", "money",
        "amountEuro", 1500)))).getStatusCode().value()).isEqualTo(204);

    JsonNode versions = json.readTree(get("rest-manager", "/api/v1/plans/" + ref).getBody()).get("versions");
    assertThat(versions).extracting(v -> v.get("number").asInt()).containsExactly(1, 2);
    assertThat(versions.get(0).get("plan").get("title").asText()).isEqualTo("Beweegtuin");
    assertThat(versions.get(1).get("plan").get("title").asText()).isEqualTo("Buurtsportcoach jongeren");
    assertThat(versions.get(1).get("recordedBy").asText()).isEqualTo("rest-wei");
    assertThat(get("rest-manager", "/cases/" + ref).getBody()).contains("Versies van het plan").contains("1 (ingediend)");
  }
}
