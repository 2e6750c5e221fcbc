package nl.coachplan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.coachplan.RestTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** One sign-in for our pages and the Camunda webapps, throttled after mistakes, and nothing secret in the logs. */
@ExtendWith(OutputCaptureExtension.class)
class SignInTest extends RestTestSupport {

  /** Where the last refused sign-in was sent. */
  private String lastRefusal;

  /** Signs in on /login as a browser does (CSRF token from the page) and returns the session cookie. */
  private String signIn(String user, String password) {
    var http = browser();
    ResponseEntity<String> page = http.getForEntity("/login", String.class);
    String session = page.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
    String token = page.getBody().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, session);
    ResponseEntity<String> response = http.exchange("/login", HttpMethod.POST,
        new HttpEntity<>("username=" + user + "&password=" + password + "&_csrf=" + token, headers), String.class);
    String renewed = response.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
    assertThat(response.getStatusCode().value()).isEqualTo(302);
    if (response.getHeaders().getLocation().toString().matches(".*[?&](fout|wacht=).*")) {
      lastRefusal = response.getHeaders().getLocation().toString();
      return null;
    }
    return renewed == null ? session : renewed.split(";")[0];
  }

  private ResponseEntity<String> withSession(String session, String path) {
    var http = browser();
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, session);
    headers.setAccept(List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON));
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  @Test
  void oneSignInOpensTheDashboardAndTheWebapps() {
    String session = signIn("rest-manager", "rest-manager");
    assertThat(session).isNotNull();
    assertThat(withSession(session, "/dashboard").getStatusCode().value()).isEqualTo(200);
    ResponseEntity<String> webapp = withSession(session, "/camunda/api/engine/engine/default/process-definition/count");
    assertThat(webapp.getStatusCode().value()).isEqualTo(200);
    assertThat(webapp.getBody()).contains("count");
  }

  @Test
  void oneSignInTakesAnOrganisationToThePortalNotTheWebapps() {
    String session = signIn("rest-wei", "rest-wei");
    assertThat(session).isNotNull();
    ResponseEntity<String> tasklist = withSession(session, "/camunda/app/tasklist/default/");
    assertThat(tasklist.getStatusCode().value()).isEqualTo(302);
    assertThat(tasklist.getHeaders().getLocation().toString()).endsWith("/portaal");
    assertThat(withSession(session, "/camunda/api/engine/engine/default/task/count").getStatusCode().value())
        .as("the webapps' engine API is closed to organisations").isEqualTo(403);
    assertThat(withSession(session, "/api/v1/tasks").getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void aWrongPasswordIsRefusedAndTheUserMustWaitBeforeTheNextTry(CapturedOutput output) throws Exception {
    user("rest-throttled", "org-swos");
    assertThat(signIn("rest-throttled", "Geheim-wachtwoord-42")).isNull();
    assertThat(lastRefusal).endsWith("/login?fout");
    // Right away, even the right password is refused (Camunda's login throttling), and the page says for how long.
    assertThat(signIn("rest-throttled", "rest-throttled")).isNull();
    assertThat(lastRefusal).containsPattern("/login\\?wacht=[123]$");
    String page = browser().getForEntity(lastRefusal.replaceAll("^https?://[^/]+", ""), String.class).getBody();
    assertThat(page).containsPattern("Probeer het over <span>[123]</span> seconden opnieuw").doesNotContain("onjuist");
    // HTTP Basic says the same, with Retry-After.
    HttpHeaders basic = new HttpHeaders();
    basic.setBasicAuth("rest-throttled", "rest-throttled");
    ResponseEntity<String> api = browser().exchange("/api/v1/tasks", HttpMethod.GET, new HttpEntity<>(basic), String.class);
    assertThat(api.getStatusCode().value()).isEqualTo(401);
    assertThat(api.getHeaders().getFirst("Retry-After")).matches("[123]");
    assertThat(api.getBody()).containsPattern("probeer het over [123] seconden opnieuw");
    // After the wait the right password works.
    Thread.sleep(3100);
    assertThat(signIn("rest-throttled", "rest-throttled")).isNotNull();
    assertThat(output.getAll()).doesNotContain("Geheim-wachtwoord-42");
  }

  @Test
  void wrongPasswordsDelayButNeverLockAnAccountForGood() {
    user("rest-targeted", "coordinator");
    HttpHeaders wrong = new HttpHeaders();
    wrong.setBasicAuth("rest-targeted", "geraden");
    // Anyone can try a staff member's name; each try counts once the wait after the one before has passed.
    java.util.Date now = new java.util.Date();
    for (int attempt = 1; attempt <= 15; attempt++) {
      assertThat(browser().exchange("/api/v1/tasks", HttpMethod.GET, new HttpEntity<>(wrong), String.class).getStatusCode().value())
          .isEqualTo(401);
      now = new java.util.Date(now.getTime() + 61_000);
      org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(now);
    }
    HttpHeaders right = new HttpHeaders();
    right.setBasicAuth("rest-targeted", "rest-targeted");
    assertThat(browser().exchange("/api/v1/tasks", HttpMethod.GET, new HttpEntity<>(right), String.class).getStatusCode().value())
        .as("a minute after the last wrong try, the right password works").isEqualTo(200);
  }

  @Test
  void thereIsNoBuiltInUserWithAGeneratedPassword(@org.springframework.beans.factory.annotation.Autowired
      org.springframework.context.ApplicationContext context) {
    // Spring Boot's fallback user "user" would sign in with a password printed in the log.
    assertThat(context.getBeanProvider(org.springframework.security.core.userdetails.UserDetailsService.class).getIfAvailable())
        .isNull();
  }

  @Test
  void theLogsHoldNoCoachNamesOrPasswords(CapturedOutput output) throws Exception {
    int year = freshYear();
    String ref = approvedPlan(year, 6.8);
    on(LocalDate.of(year, 7, 1));
    completeTask(hiring(ref), "openVacancy", vars("vacancyText", "Coach gezocht", "closingDate", year + "-07-15"));
    on(LocalDate.of(year, 7, 16));
    fireDueTimer(hiring(ref));
    completeTask(hiring(ref), "selectCandidate", vars("selectionOutcome", "selected"));
    completeTask(hiring(ref), "appointCoach", vars("coachName", "Fictieve Testcoach", "startDate", year + "-09-01",
        "hoursPerWeek", 36));
    // The aanvoerder reads its tasks as the portal does.
    for (var task : apiTasks("rest-wei")) {
      api("rest-wei", HttpMethod.GET, "/api/v1/tasks/" + task.get("id").asText(), null);
    }
    assertThat(output.getAll()).doesNotContain("Fictieve Testcoach").doesNotContain("test-beheer-2026-geheim");
  }
}
