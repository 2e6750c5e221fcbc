package nl.coachplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import nl.coachplan.RestTestSupport;
import nl.coachplan.planintake.PlanScenario;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A corpus of malformed requests to our API (plans, the task API, withdrawals) and to the engine's
 * form submissions, which only staff may reach. Every one is answered 4xx with a Dutch problem+json
 * message, and neither the case file nor the engine changes.
 */
class BadInputCorpusTest extends RestTestSupport {

  private static final Pattern ENGLISH = Pattern.compile("\\b(the|cannot|failed|must|invalid|exception|error|unable|not found|"
      + "required|unknown|expected)\\b", Pattern.CASE_INSENSITIVE);
  private static final List<String> TABLES = List.of("plan", "contribution", "profile", "budget", "review_record", "vacancy",
      "contract", "year_report", "idempotency_key", "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_HI_PROCINST",
      "ACT_HI_VARINST");

  @Autowired JdbcTemplate jdbc;

  record Bad(String name, String user, HttpMethod method, String path, String contentType, String body) {}

  private Map<String, Long> state() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    return counts;
  }

  private Map<String, Object> validPlan(int year) {
    Map<String, Object> plan = new HashMap<>();
    plan.put("roundYear", year);
    plan.put("title", "Buurtsportcoach jongeren");
    plan.put("goals", "Jongeren in beweging");
    plan.put("targetGroups", List.of("youth"));
    plan.put("settings", List.of("neighbourhood"));
    plan.put("requestedFte", 1.0);
    plan.put("profileType", "buurtsportcoach");
    plan.put("aanvoerderContributionEuro", 26000);
    plan.put("contributions", List.of(Map.of("organization", "swos", "kind", "money", "amountEuro", 1000)));
    return plan;
  }

  private String planWith(int year, Consumer<Map<String, Object>> change) throws Exception {
    Map<String, Object> plan = validPlan(year);
    change.accept(plan);
    return json.writeValueAsString(plan);
  }

  private String formWith(Object... pairs) throws Exception {
    return json.writeValueAsString(form(pairs));
  }

  private String reference(ProcessInstance intake) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(intake.getId()).singleResult().getBusinessKey();
  }

  /** The plan's start form as the coordinator fills it in, for Werk &amp; Inkomen. */
  private String startFormWith(Object... pairs) throws Exception {
    return formWith(with(pairs, "aanvoerder", "werk-en-inkomen"));
  }

  private String plainWith(Object... pairs) throws Exception {
    return json.writeValueAsString(plain(pairs));
  }

  @Test
  void everyMalformedRequestIsRefusedInDutchAndChangesNothing() throws Exception {
    int year = freshYear();
    openRound(year, 6.8);
    ProcessInstance screening = runtimeService.startProcessInstanceByKey("plan-intake", PlanScenario.plan(year, List.of()));
    ProcessInstance confirming = runtimeService.startProcessInstanceByKey("plan-intake", PlanScenario.plan(year,
        List.of(PlanScenario.contribution("swos", "money", 2000, null, null))));
    ProcessInstance reviewing = runtimeService.startProcessInstanceByKey("plan-intake", PlanScenario.plan(year, List.of()));
    completeTask(reviewing, "screenPlan", vars("screeningOutcome", "complete"));
    String screen = task(screening, "screenPlan").getId();
    String confirm = task(confirming, "confirmContribution").getId();
    String review = task(reviewing, "jointReview").getId();
    String screeningRef = reference(screening);
    String confirmingRef = reference(confirming);
    String plans = "/api/v1/plans";
    String start = "/engine-rest/process-definition/key/plan-intake/submit-form";
    String complete = "/api/v1/tasks/" + confirm + "/complete";
    String json = "application/json";
    String longText = "x".repeat(4001);

    List<Bad> corpus = new ArrayList<>(List.of(
        new Bad("plan zonder titel", "rest-wei", HttpMethod.POST, plans, json, planWith(year, p -> p.remove("title"))),
        new Bad("plan zonder ronde", "rest-wei", HttpMethod.POST, plans, json, planWith(year, p -> p.remove("roundYear"))),
        new Bad("plan zonder doelen", "rest-wei", HttpMethod.POST, plans, json, planWith(year, p -> p.remove("goals"))),
        new Bad("geen doelgroepen", "rest-wei", HttpMethod.POST, plans, json, planWith(year, p -> p.put("targetGroups", List.of()))),
        new Bad("doelgroepen als tekst", "rest-wei", HttpMethod.POST, plans, json, planWith(year, p -> p.put("targetGroups", "youth"))),
        new Bad("negatieve fte", "rest-wei", HttpMethod.POST, plans, json, planWith(year, p -> p.put("requestedFte", -1))),
        new Bad("absurde fte", "rest-wei", HttpMethod.POST, plans, json, planWith(year, p -> p.put("requestedFte", 1000))),
        new Bad("fte als tekst", "rest-wei", HttpMethod.POST, plans, json, planWith(year, p -> p.put("requestedFte", "veel"))),
        new Bad("fte met vijf decimalen", "rest-wei", HttpMethod.POST, plans, json, planWith(year, p -> p.put("requestedFte", 0.12345))),
        new Bad("negatieve eigen bijdrage", "rest-wei", HttpMethod.POST, plans, json, planWith(year, p -> p.put("aanvoerderContributionEuro", -5))),
        new Bad("absurde eigen bijdrage", "rest-wei", HttpMethod.POST, plans, json, planWith(year, p -> p.put("aanvoerderContributionEuro", 1e12))),
        new Bad("te lange titel", "rest-wei", HttpMethod.POST, plans, json, planWith(year, p -> p.put("title", "t".repeat(201)))),
        new Bad("te lange doelen", "rest-wei", HttpMethod.POST, plans, json, planWith(year, p -> p.put("goals", longText))),
        new Bad("onbekend veld", "rest-wei", HttpMethod.POST, plans, json, planWith(year, p -> p.put("salaris", 1))),
        new Bad("onbekende doelgroep", "rest-wei", HttpMethod.POST, plans, json, planWith(year, p -> p.put("targetGroups", List.of("martians")))),
        new Bad("onbekende setting", "rest-wei", HttpMethod.POST, plans, json, planWith(year, p -> p.put("settings", List.of("maan")))),
        new Bad("onbekend profiel", "rest-wei", HttpMethod.POST, plans, json, planWith(year, p -> p.put("profileType", "astronaut"))),
        new Bad("onbekende aanvoerder", "rest-wei", HttpMethod.POST, plans, json, planWith(year, p -> p.put("aanvoerder", "de-maan"))),
        new Bad("andere organisatie als aanvoerder", "rest-wei", HttpMethod.POST, plans, json, planWith(year, p -> p.put("aanvoerder", "swos"))),
        new Bad("onbekende ronde", "rest-wei", HttpMethod.POST, plans, json, planWith(year, p -> p.put("roundYear", 1999))),
        new Bad("ronde als tekst", "rest-wei", HttpMethod.POST, plans, json, planWith(year, p -> p.put("roundYear", "twintig"))),
        new Bad("bijdrage van onbekende speler", "rest-wei", HttpMethod.POST, plans, json,
            planWith(year, p -> p.put("contributions", List.of(Map.of("organization", "de-maan", "kind", "money", "amountEuro", 5))))),
        new Bad("bijdrage van onbekende soort", "rest-wei", HttpMethod.POST, plans, json,
            planWith(year, p -> p.put("contributions", List.of(Map.of("organization", "swos", "kind", "bloemen"))))),
        new Bad("negatieve bijdrage", "rest-wei", HttpMethod.POST, plans, json,
            planWith(year, p -> p.put("contributions", List.of(Map.of("organization", "swos", "kind", "money", "amountEuro", -100))))),
        new Bad("geldbijdrage zonder bedrag", "rest-wei", HttpMethod.POST, plans, json,
            planWith(year, p -> p.put("contributions", List.of(Map.of("organization", "swos", "kind", "money"))))),
        new Bad("te lange omschrijving van een bijdrage", "rest-wei", HttpMethod.POST, plans, json,
            planWith(year, p -> p.put("contributions", List.of(Map.of("organization", "swos", "kind", "support", "description", "d".repeat(501)))))),
        new Bad("51 bijdragen", "rest-wei", HttpMethod.POST, plans, json, planWith(year, p -> p.put("contributions",
            java.util.Collections.nCopies(51, Map.of("organization", "swos", "kind", "support"))))),
        new Bad("bijdragen als tekst", "rest-wei", HttpMethod.POST, plans, json, planWith(year, p -> p.put("contributions", "swos"))),
        new Bad("scriptcode als organisatie", "rest-wei", HttpMethod.POST, plans, json,
            planWith(year, p -> p.put("aanvoerder", "<script>alert(1)</script>"))),
        new Bad("kapotte JSON", "rest-wei", HttpMethod.POST, plans, json, "{\"roundYear\": " + year + ", \"title\": "),
        new Bad("lege body", "rest-wei", HttpMethod.POST, plans, json, ""),
        new Bad("lijst in plaats van object", "rest-wei", HttpMethod.POST, plans, json, "[1, 2, 3]"),
        new Bad("null als body", "rest-wei", HttpMethod.POST, plans, json, "null"),
        new Bad("tekst in plaats van JSON", "rest-wei", HttpMethod.POST, plans, "text/plain", "een plan"),
        new Bad("formulier in plaats van JSON", "rest-wei", HttpMethod.POST, plans, "application/x-www-form-urlencoded", "title=plan"),
        new Bad("ronde als tekst in de lijst", "rest-wei", HttpMethod.GET, plans + "?round=abc", null, null),
        new Bad("negatieve pagina", "rest-wei", HttpMethod.GET, plans + "?round=" + year + "&page=-1", null, null),
        new Bad("absurde paginagrootte", "rest-wei", HttpMethod.GET, plans + "?round=" + year + "&size=100000", null, null),
        new Bad("onbekende fase", "rest-wei", HttpMethod.GET, plans + "?round=" + year + "&stage=VLIEGEN", null, null),
        new Bad("lijst zonder ronde", "rest-wei", HttpMethod.GET, plans, null, null),
        new Bad("jaar als tekst in het overzicht", "rest-manager", HttpMethod.GET, "/api/v1/rounds/abc/dashboard", null, null),
        new Bad("onbekende ronde in het overzicht", "rest-manager", HttpMethod.GET, "/api/v1/rounds/1999/dashboard", null, null),
        new Bad("onbekend plan", "rest-manager", HttpMethod.GET, plans + "/P-0000-000", null, null),
        new Bad("kalenderjaar als tekst", "rest-manager", HttpMethod.GET, "/api/v1/rounds/" + year + "/monitor.csv?calendarYear=abc", null, null),
        new Bad("startformulier: negatieve fte", "rest-coordinator", HttpMethod.POST, start, json,
            startFormWith(planForm(year, -1, List.of()))),
        new Bad("startformulier: onbekende speler", "rest-coordinator", HttpMethod.POST, start, json,
            startFormWith(planForm(year, 1.0, List.of(Map.of("organization", "de-maan", "kind", "money", "amountEuro", 5))))),
        new Bad("startformulier: onbekende ronde", "rest-coordinator", HttpMethod.POST, start, json, startFormWith(planForm(1999, 1.0, List.of()))),
        new Bad("startformulier: fte als tekst", "rest-coordinator", HttpMethod.POST, start, json, startFormWith(planForm(year, "veel", List.of()))),
        new Bad("startformulier: verkeerd type", "rest-coordinator", HttpMethod.POST, start, json,
            "{\"variables\": {\"roundYear\": {\"value\": \"abc\", \"type\": \"Integer\"}}}"),
        new Bad("startformulier: kapotte JSON", "rest-coordinator", HttpMethod.POST, start, json, "{\"variables\": {"),
        new Bad("startformulier: tekst in plaats van JSON", "rest-coordinator", HttpMethod.POST, start, "text/plain", "plan"),
        new Bad("screening: onbekende uitkomst", "rest-coordinator", HttpMethod.POST, "/engine-rest/task/" + screen + "/submit-form", json,
            formWith("screeningOutcome", "misschien")),
        new Bad("screening: geen uitkomst", "rest-coordinator", HttpMethod.POST, "/engine-rest/task/" + screen + "/submit-form", json,
            formWith("screeningRemarks", "Geen uitkomst")),
        new Bad("screening: te lange opmerkingen", "rest-coordinator", HttpMethod.POST, "/engine-rest/task/" + screen + "/submit-form", json,
            formWith("screeningOutcome", "incomplete", "screeningRemarks", longText)),
        new Bad("screening: niet compleet zonder opmerking", "rest-coordinator", HttpMethod.POST,
            "/engine-rest/task/" + screen + "/submit-form", json, formWith("screeningOutcome", "incomplete")),
        new Bad("bevestiging: geen antwoord", "rest-swos", HttpMethod.POST, complete, json, plainWith("remark", "Hm")),
        new Bad("bevestiging: negatief bedrag", "rest-swos", HttpMethod.POST, complete, json,
            plainWith("contributionConfirmed", true, "confirmedAmountEuro", -50)),
        new Bad("bevestiging: afgewezen zonder reden", "rest-swos", HttpMethod.POST, complete, json,
            plainWith("contributionConfirmed", false)),
        new Bad("bevestiging: absurde uren", "rest-swos", HttpMethod.POST, complete, json,
            plainWith("contributionConfirmed", true, "confirmedHoursPerYear", 20000)),
        new Bad("bevestiging: onbekend veld", "rest-swos", HttpMethod.POST, complete, json,
            plainWith("contributionConfirmed", true, "contributionId", 1)),
        new Bad("bevestiging: bedrag als tekst", "rest-swos", HttpMethod.POST, complete, json,
            plainWith("contributionConfirmed", true, "confirmedAmountEuro", "veel")),
        new Bad("bevestiging: ja/nee als tekst", "rest-swos", HttpMethod.POST, complete, json, plainWith("contributionConfirmed", "ja")),
        new Bad("bevestiging: getypte variabelen", "rest-swos", HttpMethod.POST, complete, json,
            formWith("contributionConfirmed", true)),
        new Bad("bevestiging: kapotte JSON", "rest-swos", HttpMethod.POST, complete, json, "{\"contributionConfirmed\": "),
        new Bad("bevestiging: lijst in plaats van object", "rest-swos", HttpMethod.POST, complete, json, "[true]"),
        new Bad("bevestiging: tekst in plaats van JSON", "rest-swos", HttpMethod.POST, complete, "text/plain", "ja"),
        new Bad("bevestiging door een andere organisatie", "rest-elzis", HttpMethod.POST, complete, json,
            plainWith("contributionConfirmed", true, "confirmedAmountEuro", 2000)),
        new Bad("bevestiging van een onbekende taak", "rest-swos", HttpMethod.POST, "/api/v1/tasks/bestaat-niet/complete", json,
            plainWith("contributionConfirmed", true)),
        new Bad("bevestiging in de engine", "rest-swos", HttpMethod.POST, "/engine-rest/task/" + confirm + "/submit-form", json,
            formWith("contributionConfirmed", true, "confirmedAmountEuro", 2000)),
        new Bad("organisatie start een plan in de engine", "rest-wei", HttpMethod.POST, start, json,
            formWith(planForm(year, 1.0, List.of()))),
        new Bad("bespreking: geen datum", "rest-coordinator", HttpMethod.POST, "/engine-rest/task/" + review + "/submit-form", json,
            formWith("reviewDecision", "approve", "approvedFte", 1.0)),
        new Bad("bespreking: meer fte dan de ronde heeft", "rest-coordinator", HttpMethod.POST, "/engine-rest/task/" + review + "/submit-form", json,
            formWith("reviewDate", year + "-05-01", "reviewDecision", "approve", "approvedFte", 9.5)),
        new Bad("bespreking: onbekend besluit", "rest-coordinator", HttpMethod.POST, "/engine-rest/task/" + review + "/submit-form", json,
            formWith("reviewDate", year + "-05-01", "reviewDecision", "uitstellen")),
        new Bad("bespreking: onmogelijke datum", "rest-coordinator", HttpMethod.POST, "/engine-rest/task/" + review + "/submit-form", json,
            formWith("reviewDate", year + "-13-45", "reviewDecision", "approve", "approvedFte", 1.0)),
        new Bad("ronde: jaar 1800", "rest-coordinator", HttpMethod.POST, "/engine-rest/process-definition/key/funding-round/submit-form", json,
            formWith("year", 1800, "grantedFte", 1.0, "rijksbijdragePerFte", 20000, "callDeadline", "1800-06-30")),
        new Bad("ronde: sluitingsdatum als tekst", "rest-coordinator", HttpMethod.POST,
            "/engine-rest/process-definition/key/funding-round/submit-form", json,
            formWith("year", freshYear(), "grantedFte", 1.0, "rijksbijdragePerFte", 20000, "callDeadline", "gisteren")),
        new Bad("onbekende taak", "rest-coordinator", HttpMethod.POST, "/engine-rest/task/bestaat-niet/submit-form", json,
            formWith("screeningOutcome", "complete")),
        new Bad("intrekken van een onbekend plan", "rest-wei", HttpMethod.POST, plans + "/P-0000-000/withdrawal", json,
            "{\"reason\": \"Geen coach\"}"),
        new Bad("intrekken met een te lange reden", "rest-wei", HttpMethod.POST, plans + "/" + screeningRef + "/withdrawal",
            json, plainWith("reason", longText)),
        new Bad("intrekken van andermans plan", "rest-swos", HttpMethod.POST, plans + "/" + confirmingRef + "/withdrawal",
            json, plainWith("reason", "Wij stoppen")),
        new Bad("intrekken: kapotte JSON", "rest-wei", HttpMethod.POST, plans + "/" + screeningRef + "/withdrawal",
            json, "{\"reason\": "),
        new Bad("intrekken via de engine", "rest-coordinator", HttpMethod.POST, "/engine-rest/message", json,
            "{\"messageName\": \"PlanWithdrawn\", \"businessKey\": \"" + screeningRef + "\"}")));
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(60);

    SoftAssertions softly = new SoftAssertions();
    for (Bad bad : corpus) {
      Map<String, Long> before = state();
      HttpHeaders headers = new HttpHeaders();
      headers.setBasicAuth(bad.user(), bad.user());
      if (bad.contentType() != null) {
        headers.set(HttpHeaders.CONTENT_TYPE, bad.contentType());
      }
      ResponseEntity<String> response = http.exchange(bad.path(), bad.method(), new HttpEntity<>(bad.body(), headers), String.class);
      int status = response.getStatusCode().value();
      softly.assertThat(status).as("%s: status (%s)", bad.name(), response.getBody()).isBetween(400, 499);
      String type = response.getHeaders().getContentType() == null ? "" : response.getHeaders().getContentType().toString();
      softly.assertThat(type).as("%s: content type", bad.name()).startsWith("application/problem+json");
      if (type.startsWith("application/problem+json")) {
        JsonNode problem = this.json.readTree(response.getBody());
        String detail = problem.path("detail").asText();
        softly.assertThat(detail).as("%s: a message", bad.name()).isNotBlank();
        softly.assertThat(ENGLISH.matcher(detail).find()).as("%s: Dutch message, was: %s", bad.name(), detail).isFalse();
      }
      softly.assertThat(state()).as("%s: nothing changed", bad.name()).isEqualTo(before);
    }
    softly.assertAll();
  }
}
