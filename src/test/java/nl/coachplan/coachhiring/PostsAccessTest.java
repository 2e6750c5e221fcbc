package nl.coachplan.coachhiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.coachplan.RestTestSupport;
import nl.coachplan.planintake.PlanScenario;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * A plan's posts through the portal's task API, the case file and the fte figures: the aanvoerder
 * states and hires its own posts; its spelers and other organisations act on none of them.
 */
class PostsAccessTest extends RestTestSupport {

  @BeforeEach
  void binkUser() {
    user("rest-bink", "org-bink-kinderopvang");
  }

  @Test
  void theAanvoerderStatesItsPostsInThePortalAndOthersCannot() throws Exception {
    int year = freshYear();
    openRound(year, 6.8);
    Map<String, Object> submission = new java.util.HashMap<>(PlanScenario.plan(year, List.of(
        PlanScenario.contribution("swos", "hours", null, 80, "Grootouders als vrijwilligers"))));
    submission.putAll(vars("aanvoerder", "bink-kinderopvang", "requestedFte", 2.4));
    ProcessInstance intake = runtimeService.startProcessInstanceByKey("plan-intake", submission);
    String ref = runtimeService.createProcessInstanceQuery().processInstanceId(intake.getId()).singleResult().getBusinessKey();
    completeTask(intake, "confirmContribution", vars("contributionConfirmed", true, "confirmedHoursPerYear", 80));
    completeTask(intake, "screenPlan", vars("screeningOutcome", "complete"));
    completeTask(intake, "jointReview", vars("reviewDate", year + "-05-12", "reviewDecision", "approve", "approvedFte", 2.4));

    String draft = openTask("rest-bink", ref, "draftProfile");
    JsonNode shown = read(api("rest-bink", HttpMethod.GET, "/api/v1/tasks/" + draft, null));
    assertThat(shown.path("data").path("fullTimeHours").asDouble()).isEqualTo(36.0);
    assertThat(shown.path("data").path("planOverview").asText()).contains("**Goedgekeurde fte:** 2,4");
    Object[] profile = {"profileType", "buurtsportcoach", "tasks", "Elke dag bewegen in de kinderopvang",
        "competencies", List.of("sportTechnical"), "fullTimeHours", 36, "posts",
        List.of(Map.of("title", "Kinderdagverblijf", "hoursPerWeek", 28.8), Map.of("title", "BSO", "hoursPerWeek", 28.8),
            Map.of("hoursPerWeek", 28.8))};
    assertThat(submitTask("rest-swos", draft, profile).getStatusCode().value()).as("a speler of the plan").isEqualTo(403);
    assertThat(submitTask("rest-wei", draft, profile).getStatusCode().value()).as("another aanvoerder").isEqualTo(404);
    var tooMuch = submitTask("rest-bink", draft, with(profile, "posts", List.of(Map.of("hoursPerWeek", 36), Map.of("hoursPerWeek", 36),
        Map.of("hoursPerWeek", 18))));
    assertThat(tooMuch.getStatusCode().value()).isEqualTo(400);
    assertThat(read(tooMuch).get("errors").get(0).get("field").asText()).isEqualTo("posts");
    assertThat(read(tooMuch).get("errors").get(0).get("message").asText()).contains("samen 2,5 fte; dat is meer dan de goedgekeurde 2,4 fte");
    var drafted = submitTask("rest-bink", draft, profile);
    assertThat(drafted.getStatusCode().value()).as(drafted.getBody()).isEqualTo(204);

    JsonNode file = read(api("rest-bink", HttpMethod.GET, "/api/v1/plans/" + ref, null));
    assertThat(file.get("posts")).hasSize(3).allSatisfy(post -> {
      assertThat(post.get("hoursPerWeek").decimalValue()).isEqualByComparingTo("28.8");
      assertThat(post.get("fullTimeHours").decimalValue()).isEqualByComparingTo("36");
      assertThat(post.get("fte").decimalValue()).isEqualByComparingTo("0.8");
      assertThat(post.get("statusLabel").asText()).isEqualTo("Nog geen coach");
    });
    assertThat(file.get("posts")).extracting(post -> post.path("title").asText("-")).containsExactly("Kinderdagverblijf", "BSO", "-");
    assertThat(file.get("profile").get("hoursPerWeek").decimalValue()).as("all posts together").isEqualByComparingTo("86.4");
  }

  @Test
  void eachPostIsItsAanvoerdersWorkAndTheCaseFileShowsThePostsAndTheirCoaches() throws Exception {
    int year = freshYear();
    String ref = binkPlan(year, 6.8);

    List<String> vacancies = new ArrayList<>();
    for (JsonNode task : apiTasks("rest-bink")) {
      if (ref.equals(task.path("reference").asText()) && "openVacancy".equals(task.path("taskDefinitionKey").asText())) {
        vacancies.add(task.get("id").asText());
      }
    }
    assertThat(vacancies).as("one vacancy per post in the portal").hasSize(3);
    String second = openTask("rest-bink", ref + "/2", "openVacancy");
    JsonNode form = read(api("rest-bink", HttpMethod.GET, "/api/v1/tasks/" + second, null));
    assertThat(form.path("data").path("planTitle").asText()).isEqualTo("Drie buurtsportcoaches in de kinderopvang · post 2");
    assertThat(form.path("data").path("hiringSummary").asText()).contains("**Post 2 van 3:** 0,8 fte");

    on(LocalDate.of(year, 7, 1));
    Object[] vacancy = {"vacancyText", "Bink zoekt een buurtsportcoach voor de BSO.", "closingDate", year + "-07-15",
        "internalCandidateRoute", false};
    assertThat(submitTask("rest-swos", second, vacancy).getStatusCode().value()).as("a speler of the plan").isEqualTo(403);
    assertThat(submitTask("rest-wei", second, vacancy).getStatusCode().value()).as("another aanvoerder").isEqualTo(404);
    assertThat(hiring(ref + "/2")).isWaitingAt("openVacancy");
    assertThat(submitTask("rest-bink", second, vacancy).getStatusCode().value()).isEqualTo(204);
    assertThat(hiring(ref + "/2")).isWaitingAt("vacancyClosed");
    assertThat(hiring(ref + "/1")).as("the other posts wait for their own vacancies").isWaitingAt("openVacancy");
    assertThat(hiring(ref + "/3")).isWaitingAt("openVacancy");

    on(LocalDate.of(year, 7, 16));
    fireDueTimer(hiring(ref + "/2"));
    String select = openTask("rest-bink", ref + "/2", "selectCandidate");
    assertThat(submitTask("rest-swos", select, "selectionOutcome", "selected").getStatusCode().value()).isEqualTo(403);
    assertThat(submitTask("rest-bink", select, "selectionOutcome", "selected").getStatusCode().value()).isEqualTo(204);
    String appoint = openTask("rest-bink", ref + "/2", "appointCoach");
    Object[] appointment = {"coachName", "Sanne de Vries", "startDate", year + "-09-01", "hoursPerWeek", 28.8, "trainee", false};
    assertThat(submitTask("rest-swos", appoint, appointment).getStatusCode().value()).isEqualTo(403);
    assertThat(submitTask("rest-bink", appoint, appointment).getStatusCode().value()).isEqualTo(204);

    // The allocation: the plan still holds what its unfilled posts need.
    JsonNode fte = read(api("rest-coordinator", HttpMethod.GET, "/api/v1/fte/" + year, null));
    assertThat(fte.get("committedFte").decimalValue()).as("2.4 approved less the filled post").isEqualByComparingTo("1.6");
    assertThat(fte.get("filledFte").decimalValue()).isEqualByComparingTo("0.8");

    JsonNode file = read(api("rest-manager", HttpMethod.GET, "/api/v1/plans/" + ref, null));
    assertThat(file.get("stage").asText()).isEqualTo("ACTIVE");
    assertThat(file.get("posts")).extracting(p -> p.get("number").asInt() + " " + p.path("coach").path("name").asText("-")
        + " " + p.get("statusLabel").asText()).containsExactly("1 - Nog geen coach", "2 Sanne de Vries Lopend", "3 - Nog geen coach");
    assertThat(file.get("vacancies")).extracting(v -> v.get("post").asInt()).containsExactly(2);
    assertThat(file.get("contracts")).extracting(c -> c.get("post").asInt() + "/" + c.get("contractYear").asInt()).containsExactly("2/1");
    assertThat(file.get("openTasks")).extracting(t -> t.get("name").asText()).containsOnly("Vacature openen").hasSize(2);
    assertThat(file.get("timeline")).anySatisfy(e -> {
      assertThat(e.get("process").asText()).isEqualTo("Werving van de coach (post 2)");
      assertThat(e.get("step").asText()).isEqualTo("Coach aanstellen");
      assertThat(e.get("whoName").asText()).isEqualTo("Bink Kinderopvang");
    });
    // The monitor shows each coach with its post's share of the plan's money: a third of Bink's budget.
    JsonNode monitor = read(api("rest-coordinator", HttpMethod.GET, "/api/v1/monitor/" + year, null));
    List<JsonNode> rows = new ArrayList<>();
    monitor.get("rows").forEach(r -> {
      if (ref.equals(r.get("reference").asText())) {
        rows.add(r);
      }
    });
    assertThat(rows).extracting(r -> r.get("coach").asText()).containsExactly("Sanne de Vries");
    assertThat(rows.get(0).get("totalCostEuro").decimalValue())
        .isEqualByComparingTo(file.get("budget").get("totalCostEuro").decimalValue().divide(java.math.BigDecimal.valueOf(3), 2,
            java.math.RoundingMode.HALF_UP));
    JsonNode dashboard = read(api("rest-coordinator", HttpMethod.GET, "/api/v1/rounds/" + year + "/dashboard", null));
    assertThat(dashboard.get("plans")).anySatisfy(p -> {
      assertThat(p.get("reference").asText()).isEqualTo(ref);
      assertThat(p.get("fte").decimalValue()).isEqualByComparingTo("2.4");
      assertThat(p.get("yearsFunded").asInt()).isEqualTo(1);
    });

    String page = http.exchange("/cases/" + ref, HttpMethod.GET, new org.springframework.http.HttpEntity<>(basic("rest-coordinator")),
        String.class).getBody();
    assertThat(page).contains("Posts, coaches en contracten").contains("Post 3").contains("Sanne de Vries").contains("Nog geen coach");
  }

  private static org.springframework.http.HttpHeaders basic(String user) {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setBasicAuth(user, user);
    return headers;
  }
}
