package nl.coachplan.wijkcollaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.coachplan.WijkTestSupport;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.organisation.Wijk;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Issue "the wijk", 2: a wijk's plans, their coaches, and per policy goal the plans aiming at it and
 * the year reports' results, under the wijk the plan names and no other; the municipality's roll-up.
 */
class WijkFiguresTest extends WijkTestSupport {

  @Autowired WijkFigures figures;

  /** A year report's result on one outcome. */
  private static Map<String, Object> row(String code, String measure, String text, Number number) {
    Map<String, Object> row = new HashMap<>();
    row.put("outcome", code);
    row.put("resultText", text);
    row.put("resultNumber", number);
    return row;
  }

  /** A sports club's plan in the wijk, hired from 1 September of {@code year}, with its year report due. */
  private ProcessInstance planInWijk(int year, Wijk wijk, List<String> outcomes) {
    String ref = approvedPlan(year, 6.8, plan -> {
      plan.put("settings", ProcessValues.json(List.of("sportsClub", "neighbourhood")));
      plan.put("outcomes", ProcessValues.json(outcomes.stream().map(o -> Map.of("outcome", o, "measure", "telling")).toList()));
      plan.put("wijken", ProcessValues.json(List.of(wijk.getCode())));
    });
    hire(ref, LocalDate.of(year, 9, 1), 36, false);
    ProcessInstance first = year(ref, 1);
    on(LocalDate.of(year + 1, 8, 31).minusWeeks(8));
    fireDueTimer(first);
    return first;
  }

  private static PolicyGoals.Goal goal(WijkFigures.Figures f, String code) {
    return f.outcomes().stream().filter(g -> g.outcome().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void aPlansResultsCountUnderItsWijkAndGoalAndNotElsewhere() throws Exception {
    Wijk west = freshWijk();
    Wijk oost = freshWijk();
    int year = freshYear();
    ProcessInstance club = planInWijk(year, west, List.of("participation", "health"));
    completeTask(club, "submitYearReport", vars("participantsReached", 80, "spentEuro", 50000, "wantsStructural", false,
        "embeddingSteps", ProcessValues.json(List.of()), "stories", "Een vader die nu zelf training geeft.",
        "outcomeResults", ProcessValues.json(List.of(row("participation", null, "Twaalf nieuwe leden", 12),
            row("health", null, "Fitter", null)))));
    planInWijk(freshYear(), oost, List.of("exercise"));
    on(LocalDate.of(year + 1, 3, 1));

    WijkFigures.Figures w = inTx(() -> figures.of(west.getCode()));
    assertThat(w.plans()).isEqualTo(1);
    assertThat(w.coaches()).as("the coach's contract runs today").isEqualTo(1);
    assertThat(w.outcomes()).extracting(PolicyGoals.Goal::label)
        .containsExactly("Meedoen", "Meer bewegen en sporten", "Gezondheid", "Zelfredzaamheid", "Sociaal netwerk", "Werk");
    assertThat(goal(w, "participation")).extracting(PolicyGoals.Goal::plansAiming, PolicyGoals.Goal::reportedResults,
        PolicyGoals.Goal::stories).containsExactly(1L, 1L, 1L);
    assertThat(goal(w, "participation").resultNumberSum()).isEqualByComparingTo("12");
    assertThat(goal(w, "health").reportedResults()).isEqualTo(1);
    assertThat(goal(w, "health").resultNumberSum()).as("told in words only").isNull();
    assertThat(goal(w, "exercise").plansAiming()).as("the other wijk's plan").isZero();

    WijkFigures.Figures o = inTx(() -> figures.of(oost.getCode()));
    assertThat(o.plans()).isEqualTo(1);
    assertThat(goal(o, "exercise").plansAiming()).isEqualTo(1);
    assertThat(goal(o, "exercise").reportedResults()).as("not reported yet").isZero();
    assertThat(goal(o, "participation").plansAiming()).isZero();
    assertThat(goal(o, "participation").reportedResults()).isZero();

    // The report is of the contract year ending in year + 1.
    assertThat(goal(inTx(() -> figures.of(west.getCode(), year + 1)), "participation").reportedResults()).isEqualTo(1);
    WijkFigures.Figures before = inTx(() -> figures.of(west.getCode(), year - 1));
    assertThat(goal(before, "participation").reportedResults()).isZero();
    assertThat(before.coaches()).as("no contract ran that year").isZero();

    ResponseEntity<String> csv = api("rest-manager", HttpMethod.GET, "/api/v1/wijken/" + west.getCode() + "/figures.csv", null);
    assertThat(csv.getBody()).contains("Beleidsdoel;Meedoen;;;;1;;1;1;12").contains("Huisarts");
    var json = read(api("rest-manager", HttpMethod.GET, "/api/v1/wijken/" + west.getCode() + "/figures", null));
    assertThat(json.get("plans").asInt()).isEqualTo(1);
    assertThat(json.get("outcomes").get(0).get("label").asText()).isEqualTo("Meedoen");
  }

  @Test
  void theMunicipalityRollUpIsForStaffAndOrganisations() throws Exception {
    Wijk wijk = freshWijk();
    int year = freshYear();
    ProcessInstance club = planInWijk(year, wijk, List.of("socialNetwork"));
    completeTask(club, "submitYearReport", vars("participantsReached", 30, "spentEuro", 40000, "wantsStructural", false,
        "embeddingSteps", ProcessValues.json(List.of()),
        "outcomeResults", ProcessValues.json(List.of(row("socialNetwork", null, "Buren kennen elkaar", 7)))));

    for (String user : List.of("rest-policy", "rest-wei")) {
      ResponseEntity<String> seen = api(user, HttpMethod.GET, "/api/v1/outcomes?year=" + (year + 1), null);
      assertThat(seen.getStatusCode().value()).as(user + ": " + seen.getBody()).isEqualTo(200);
      var social = read(seen).get("outcomes").get(4);
      assertThat(social.get("label").asText()).isEqualTo("Sociaal netwerk");
      assertThat(social.get("plansAiming").asInt()).isPositive();
      assertThat(social.get("reportedResults").asInt()).isPositive();
      assertThat(social.get("stories").asInt()).isPositive();
    }
    var inWijk = read(api("rest-manager", HttpMethod.GET, "/api/v1/outcomes?wijk=" + wijk.getCode(), null)).get("outcomes");
    assertThat(inWijk.get(4).get("reportedResults").asInt()).isEqualTo(1);
    assertThat(inWijk.get(4).get("resultNumberSum").decimalValue()).isEqualByComparingTo("7");
    assertThat(inWijk.get(0).get("plansAiming").asInt()).isZero();

    // The wijkteam reads the same counts here as in its wijk's figures; a user of no role reads neither.
    ResponseEntity<String> wijkteam = api("rest-wijkteam", HttpMethod.GET, "/api/v1/outcomes?wijk=" + wijk.getCode(), null);
    assertThat(wijkteam.getStatusCode().value()).as(wijkteam.getBody()).isEqualTo(200);
    assertThat(read(wijkteam).get("outcomes").get(4).get("reportedResults").asInt()).isEqualTo(1);
    user("rest-no-role");
    for (String path : List.of("/api/v1/outcomes", "/api/v1/wijken/" + wijk.getCode() + "/figures",
        "/api/v1/wijken/" + wijk.getCode() + "/figures.csv")) {
      ResponseEntity<String> noRole = api("rest-no-role", HttpMethod.GET, path, null);
      assertThat(noRole.getStatusCode().value()).as(path).isEqualTo(403);
      assertThat(noRole.getBody()).contains("medewerkers van de gemeente, de organisaties en het wijkteam");
    }
    ResponseEntity<String> badYear = api("rest-manager", HttpMethod.GET, "/api/v1/outcomes?year=1800", null);
    assertThat(badYear.getStatusCode().value()).isEqualTo(400);
    assertThat(badYear.getBody()).contains("Het jaar ligt tussen 2000 en 2199");
  }
}
