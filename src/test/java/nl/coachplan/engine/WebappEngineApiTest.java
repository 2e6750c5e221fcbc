package nl.coachplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import nl.coachplan.RestTestSupport;
import nl.coachplan.planintake.PlanScenario;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestTemplate;

/**
 * The Tasklist's own engine API ({@code /camunda/api/engine}) refuses a broken form rule as
 * {@code /engine-rest} does: 400 with the Dutch message and the fields, nothing of the engine's
 * internals. Driven as the Tasklist drives it: a signed-in session and the webapps' CSRF token.
 */
// A context of its own: the webapps' engine API finds its engine by name in Camunda's static registry,
// from which a test context that closes (TimerRestartTest restarts one) removes the name "default".
@org.springframework.test.context.TestPropertySource(properties = "coachplan.test.context=webapp-engine-api")
class WebappEngineApiTest extends RestTestSupport {

  private static final String ENGINE = "/camunda/api/engine/engine/default";

  @LocalServerPort int port;

  /** A signed-in browser: its session cookie and the webapps' CSRF token. */
  record Browser(RestTemplate http, String cookies, String csrf) {

    ResponseEntity<String> post(String path, Object body) {
      HttpHeaders headers = new HttpHeaders();
      headers.add(HttpHeaders.COOKIE, cookies);
      headers.add("X-XSRF-TOKEN", csrf);
      headers.setContentType(MediaType.APPLICATION_JSON);
      headers.setAccept(List.of(MediaType.APPLICATION_JSON));
      return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    ResponseEntity<String> get(String path) {
      HttpHeaders headers = new HttpHeaders();
      headers.add(HttpHeaders.COOKIE, cookies);
      headers.setAccept(List.of(MediaType.APPLICATION_JSON));
      return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
  }

  /** Signs in on our login page as a browser does, then fetches the webapps' CSRF token as the Tasklist does. */
  Browser signIn(String user) {
    var factory = new org.springframework.http.client.SimpleClientHttpRequestFactory() {
      @Override
      protected void prepareConnection(java.net.HttpURLConnection connection, String method) throws java.io.IOException {
        super.prepareConnection(connection, method);
        connection.setInstanceFollowRedirects(false);
      }
    };
    RestTemplate browser = new RestTemplate(factory);
    browser.setUriTemplateHandler(new org.springframework.web.util.DefaultUriBuilderFactory("http://localhost:" + port));
    browser.setErrorHandler(response -> false);
    ResponseEntity<String> page = browser.getForEntity("/login", String.class);
    String session = page.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
    String token = page.getBody().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, session);
    ResponseEntity<String> signedIn = browser.exchange("/login", HttpMethod.POST,
        new HttpEntity<>("username=" + user + "&password=" + user + "&_csrf=" + token, headers), String.class);
    String renewed = signedIn.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
    session = renewed == null ? session : renewed.split(";")[0];
    Browser unprimed = new Browser(browser, session, "");
    ResponseEntity<String> read = unprimed.get(ENGINE + "/task/count");
    assertThat(read.getStatusCode().value()).as(read.getBody()).isEqualTo(200);
    String csrf = read.getHeaders().getFirst("X-XSRF-TOKEN");
    assertThat(csrf).as("the webapps hand out a CSRF token").isNotNull();
    String cookies = session;
    for (String cookie : read.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
      cookies += "; " + cookie.split(";")[0];
    }
    return new Browser(browser, cookies, csrf);
  }

  private static void assertCleanDutchRefusal(ResponseEntity<String> response, String field, String message) throws Exception {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(response.getBody()).doesNotContain("ENGINE-").doesNotContain("Exception").doesNotContain("nl.coachplan")
        .doesNotContain("Cannot ");
    JsonNode problem = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.getBody());
    assertThat(problem.get("message").asText()).as("the Tasklist's alert shows this").isEqualTo(message);
    assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo(field);
    assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo(message);
  }

  @Test
  void aBrokenRuleOfATaskFormIsRefusedInDutch() throws Exception {
    int year = freshYear();
    openRound(year, 6.8);
    ProcessInstance intake = runtimeService.startProcessInstanceByKey("plan-intake", PlanScenario.plan(year, List.of()));
    String taskId = task(intake, "screenPlan").getId();
    Browser coordinator = signIn("rest-coordinator");

    ResponseEntity<String> refused = coordinator.post(ENGINE + "/task/" + taskId + "/submit-form",
        form("screeningOutcome", "incomplete"));

    assertCleanDutchRefusal(refused, "screeningRemarks",
        "Schrijf op wat er ontbreekt, zodat de aanvoerder het plan kan aanvullen.");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("the task stays open").isEqualTo(1);
  }

  @Test
  void aBrokenRuleOfAStartFormIsRefusedInDutch() throws Exception {
    int year = freshYear(); // no round
    Browser coordinator = signIn("rest-coordinator");

    ResponseEntity<String> refused = coordinator.post(ENGINE + "/process-definition/key/plan-intake/submit-form",
        form(with(planForm(year, 1.0, List.of()), "aanvoerder", "werk-en-inkomen")));

    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
    assertThat(refused.getBody()).doesNotContain("ENGINE-").doesNotContain("Exception").doesNotContain("nl.coachplan")
        .doesNotContain("Cannot ");
    JsonNode problem = read(refused);
    assertThat(problem.get("message").asText()).isEqualTo("Er is geen ronde voor het jaar " + year + ".");
    assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("roundYear");
  }

  @Test
  void aTaskDoneMeanwhileIsAConflictAndAnUnknownFailureSaysNothingOfTheEngine() throws Exception {
    int year = freshYear();
    openRound(year, 6.8);
    ProcessInstance intake = runtimeService.startProcessInstanceByKey("plan-intake", PlanScenario.plan(year, List.of()));
    String taskId = task(intake, "screenPlan").getId();
    Browser coordinator = signIn("rest-coordinator");
    completeTask(intake, "screenPlan", vars("screeningOutcome", "complete"));

    ResponseEntity<String> late = coordinator.post(ENGINE + "/task/" + taskId + "/submit-form",
        form("screeningOutcome", "complete"));

    assertThat(late.getStatusCode().value()).as(late.getBody()).isEqualTo(409);
    assertThat(late.getBody()).doesNotContain("ENGINE-").doesNotContain("Exception").doesNotContain("nl.coachplan");
    assertThat(read(late).get("message").asText()).startsWith("Deze taak is intussen door iemand anders afgerond");
  }

  @Test
  void whatIsLeftOfTheRoundIsCurrentWhenTheReviewIsOpenedAndInDutch() throws Exception {
    int year = freshYear();
    openRound(year, 6.8);
    ProcessInstance first = runtimeService.startProcessInstanceByKey("plan-intake", PlanScenario.plan(year, List.of()));
    ProcessInstance second = runtimeService.startProcessInstanceByKey("plan-intake", PlanScenario.plan(year, List.of()));
    completeTask(first, "screenPlan", vars("screeningOutcome", "complete"));
    completeTask(second, "screenPlan", vars("screeningOutcome", "complete"));
    String secondReview = task(second, "jointReview").getId();
    Browser coordinator = signIn("rest-coordinator");
    assertThat(read(coordinator.get(ENGINE + "/task/" + secondReview + "/form-variables")).at("/remainingFte/value").asText())
        .isEqualTo("6,8");

    ResponseEntity<String> approved = coordinator.post(ENGINE + "/task/" + task(first, "jointReview").getId() + "/submit-form",
        form("reviewDate", year + "-05-12", "reviewDecision", "approve", "approvedFte", 0.78));
    assertThat(approved.getStatusCode().value()).as(approved.getBody()).isEqualTo(204);

    // The Tasklist fills the form from form-variables; the portal's task API and /engine-rest show the same.
    assertThat(read(coordinator.get(ENGINE + "/task/" + secondReview + "/form-variables")).at("/remainingFte/value").asText())
        .isEqualTo("6,02");
    assertThat(read(call("rest-coordinator", HttpMethod.GET, "/task/" + secondReview + "/form-variables", null))
        .at("/remainingFte/value").asText()).isEqualTo("6,02");
    assertThat(read(api("rest-coordinator", HttpMethod.GET, "/api/v1/tasks/" + secondReview, null)).at("/data/remainingFte").asText())
        .isEqualTo("6,02");
  }

  @Test
  void aTaskLinksToItsCaseFileAndTheCaseFileToItsOpenTasks() throws Exception {
    int year = freshYear();
    openRound(year, 6.8);
    ProcessInstance intake = runtimeService.startProcessInstanceByKey("plan-intake",
        PlanScenario.plan(year, List.of(PlanScenario.contribution("swos", "money", 1500, null, "Bijdrage"))));
    String ref = runtimeService.createProcessInstanceQuery().processInstanceId(intake.getId()).singleResult().getBusinessKey();
    String confirm = task(intake, "confirmContribution").getId();
    Browser coordinator = signIn("rest-coordinator");

    // The Tasklist renders the form's Markdown with the task's variables: a link to the case file.
    assertThat(coordinator.get(ENGINE + "/task/" + confirm + "/deployed-form").getBody())
        .contains("[Dossier {{planReference}} openen](/cases/{{planReference}})");
    assertThat(read(coordinator.get(ENGINE + "/task/" + confirm + "/form-variables")).at("/planReference/value").asText())
        .isEqualTo(ref);

    // Staff open the task in the Tasklist, the speler in its portal.
    assertThat(api("rest-coordinator", HttpMethod.GET, "/cases/" + ref, null).getBody())
        .contains("href=\"/camunda/app/tasklist/default/#/?task=" + confirm + "\"");
    assertThat(api("rest-swos", HttpMethod.GET, "/cases/" + ref, null).getBody())
        .contains("href=\"/portaal/taken/" + confirm + "\"").doesNotContain("/camunda/app/tasklist/default/#");
  }

  @Test
  void theTasklistShowsARefusalInViewOfTheUser() {
    ResponseEntity<String> styles = api("rest-coordinator", HttpMethod.GET, "/camunda/app/tasklist/styles/user-styles.css", null);
    assertThat(styles.getStatusCode().value()).isEqualTo(200);
    assertThat(styles.getBody()).contains(".page-notifications").contains("position: fixed");
  }
}
