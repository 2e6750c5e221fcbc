package nl.coachplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import nl.coachplan.RestTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * No signed-in user has the engine read an unbounded result (queryMaxResultsLimit): a page is at
 * most 2000 rows, and our own steps, task lists and case files, which run as the user, still work.
 */
class QueryLimitTest extends RestTestSupport {

  @Test
  void anEngineQueryForMoreThanTwoThousandRowsIsRefusedInDutch() throws Exception {
    for (String query : List.of("/history/detail?maxResults=2147483647", "/history/detail?maxResults=2001", "/history/detail",
        "/task?firstResult=0")) {
      ResponseEntity<String> refused = call("rest-manager", HttpMethod.GET, query, null);
      assertThat(refused.getStatusCode().value()).as(query).isEqualTo(400);
      assertThat(refused.getHeaders().getContentType().toString()).as(query).startsWith("application/problem+json");
      assertThat(read(refused).get("detail").asText()).as(query).startsWith("Vraag hoogstens 2000 resultaten tegelijk op");
    }
    // A page, as the Tasklist and Cockpit ask, is answered.
    assertThat(call("rest-manager", HttpMethod.GET, "/history/detail?maxResults=2000", null).getStatusCode().value()).isEqualTo(200);
    assertThat(call("rest-coordinator", HttpMethod.GET, "/task?firstResult=0&maxResults=15", null).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void ourApiListsArePagedAtMostTwoHundredAtATime() throws Exception {
    int year = freshYear();
    openRound(year, 2);
    for (String path : List.of("/api/v1/plans?round=" + year + "&size=201", "/api/v1/rounds/" + year + "/dashboard?size=201")) {
      ResponseEntity<String> refused = api("rest-coordinator", HttpMethod.GET, path, null);
      assertThat(refused.getStatusCode().value()).as(path).isEqualTo(400);
      assertThat(read(refused).get("detail").asText()).as(path).isEqualTo("Een pagina heeft hoogstens 200 plannen.");
    }
    assertThat(api("rest-coordinator", HttpMethod.GET, "/api/v1/plans?round=" + year + "&size=200", null).getStatusCode().value())
        .isEqualTo(200);
  }

  @Test
  void stepsTaskListsAndCaseFilesStillWorkForSignedInUsers() throws Exception {
    int year = freshYear();
    openRound(year, 2);
    on(LocalDate.of(year, 4, 1));
    // Submitted in the portal (the start runs as the aanvoerder), with a speler who confirms in the portal.
    String ref = submitPlan("rest-wei", planForm(year, 1.0, List.of(java.util.Map.of("organization", "swos", "kind", "money",
        "amountEuro", 1500))));
    String confirm = openTask("rest-swos", ref, "confirmContribution");
    assertThat(submitTask("rest-swos", confirm, "contributionConfirmed", true, "confirmedAmountEuro", 1500).getStatusCode().value())
        .isEqualTo(204);
    // The coordinator screens in the Tasklist (submit-form as the coordinator).
    String screen = openTask("rest-coordinator", ref, "screenPlan");
    assertThat(call("rest-coordinator", HttpMethod.GET, "/task/" + screen + "/form-variables", null).getStatusCode().value())
        .isEqualTo(200);
    assertThat(submitTask("rest-coordinator", screen, "screeningOutcome", "incomplete", "screeningRemarks", "Noem de wijk.")
        .getStatusCode().value()).isEqualTo(204);
    for (String user : List.of("rest-wei", "rest-swos", "rest-coordinator", "rest-manager")) {
      ResponseEntity<String> caseFile = api(user, HttpMethod.GET, "/api/v1/plans/" + ref, null);
      assertThat(caseFile.getStatusCode().value()).as("%s reads the case file: %s", user, caseFile.getBody()).isEqualTo(200);
      JsonNode timeline = read(caseFile).get("timeline");
      assertThat(timeline).as(user).isNotEmpty();
    }
    assertThat(apiTasks("rest-wei")).isNotNull();
  }
}
