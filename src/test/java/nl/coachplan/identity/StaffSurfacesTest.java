package nl.coachplan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.coachplan.RestTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The staff surfaces hardened: health details and the API docs for staff only, the session cookie,
 * CSRF for every request that carries the session cookie, no session for HTTP Basic, and nobody
 * deleting their own account.
 */
class StaffSurfacesTest extends RestTestSupport {

  private ResponseEntity<String> send(HttpMethod method, String path, HttpHeaders headers, String body) {
    return browser().exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  private static HttpHeaders basic(String user, String password) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, password);
    return headers;
  }

  /** Signs in on /login as a browser does and returns the session cookie. */
  private String signIn(String user) {
    ResponseEntity<String> page = send(HttpMethod.GET, "/login", new HttpHeaders(), null);
    String session = page.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
    String token = page.getBody().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, session);
    ResponseEntity<String> response = send(HttpMethod.POST, "/login", headers, "username=" + user + "&password=" + user + "&_csrf=" + token);
    assertThat(response.getHeaders().getLocation().toString()).doesNotContain("fout");
    String renewed = response.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
    return renewed == null ? session : renewed.split(";")[0];
  }

  @Test
  void healthDetailsAreForStaffTheStatusForEveryone() throws Exception {
    for (String user : new String[] {null, "rest-wei"}) {
      ResponseEntity<String> health = send(HttpMethod.GET, "/actuator/health", user == null ? new HttpHeaders() : basic(user, user), null);
      assertThat(health.getStatusCode().value()).as("%s: the load balancer's check", user).isEqualTo(200);
      assertThat(json.readTree(health.getBody()).get("status").asText()).isEqualTo("UP");
      assertThat(health.getBody()).as("%s sees no details", user).doesNotContain("\"details\"");
    }
    for (String user : new String[] {"rest-manager", "rest-coordinator", "rest-policy", "rest-admin"}) {
      assertThat(send(HttpMethod.GET, "/actuator/health", basic(user, user), null).getBody()).as(user).contains("\"details\"");
    }
  }

  @Test
  void theApiDocsAreForStaff() {
    for (String path : List.of("/v3/api-docs", "/swagger-ui/index.html")) {
      ResponseEntity<String> anonymous = send(HttpMethod.GET, path, new HttpHeaders(), null);
      assertThat(anonymous.getStatusCode().value()).as("anonymous %s", path).isIn(401, 302);
      assertThat(String.valueOf(anonymous.getBody())).as(path).doesNotContain("/api/v1/plans");
      assertThat(send(HttpMethod.GET, path, basic("rest-wei", "rest-wei"), null).getStatusCode().value()).as("organisation %s", path)
          .isEqualTo(403);
      assertThat(send(HttpMethod.GET, path, basic("rest-policy", "rest-policy"), null).getStatusCode().value()).as("staff %s", path)
          .isEqualTo(200);
    }
  }

  @Test
  void theSessionCookieIsHttpOnlyLaxAndSecureBehindHttps() {
    String plain = send(HttpMethod.GET, "/login", new HttpHeaders(), null).getHeaders().getFirst(HttpHeaders.SET_COOKIE);
    assertThat(plain).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    HttpHeaders proxied = new HttpHeaders();
    proxied.add("X-Forwarded-Proto", "https");
    String secure = send(HttpMethod.GET, "/login", proxied, null).getHeaders().getFirst(HttpHeaders.SET_COOKIE);
    assertThat(secure).contains("HttpOnly").contains("SameSite=Lax").contains("Secure");
  }

  @Test
  void aRequestWithTheSessionCookieNeedsTheCsrfTokenEvenWithBasicCredentials() {
    String session = signIn("rest-wei");
    HttpHeaders headers = basic("rest-wei", "rest-wei");
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.add(HttpHeaders.COOKIE, session);
    assertThat(send(HttpMethod.POST, "/api/v1/plans", headers, "{}").getStatusCode().value()).isEqualTo(403);
    // Without the cookie, HTTP Basic alone is no cross-site risk: the request reaches the API (which refuses the empty plan).
    HttpHeaders apiClient = basic("rest-wei", "rest-wei");
    apiClient.setContentType(MediaType.APPLICATION_JSON);
    assertThat(send(HttpMethod.POST, "/api/v1/plans", apiClient, "{}").getStatusCode().value()).isEqualTo(400);
  }

  @Test
  void httpBasicNeitherMakesNorUsesASession() {
    for (String path : List.of("/dashboard", "/api/v1/tasks", "/cases/P-1900-001", "/portaal")) {
      ResponseEntity<String> response = send(HttpMethod.GET, path, basic("rest-coordinator", "rest-coordinator"), null);
      assertThat(response.getHeaders().get(HttpHeaders.SET_COOKIE)).as("%s (%s)", path, response.getStatusCode()).isNull();
    }
    // A wrong password is wrong, whatever session comes along.
    user("rest-session-holder", "org-mee");
    HttpHeaders headers = basic("rest-session-holder", "niet-het-wachtwoord");
    headers.add(HttpHeaders.COOKIE, signIn("rest-session-holder"));
    assertThat(send(HttpMethod.GET, "/api/v1/tasks", headers, null).getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void nobodyDeletesTheirOwnAccountNotEvenTheAdministrator() {
    user("rest-admin-2", "camunda-admin");
    user("rest-leaver", "org-mee");
    // (A path parameter, /user/rest-admin-2;x=1, never gets this far: the firewall refuses it with 400.)
    assertThat(EngineGate.deletesOwnAccount("/user/rest-admin-2;x=1", "rest-admin-2")).isTrue();
    for (String path : List.of("/user/rest-admin-2", "/engine/default/user/rest-admin-2", "/user/rest%2Dadmin-2", "/user/REST-ADMIN-2",
        "/user/rest-admin-2/")) {
      ResponseEntity<String> refused = send(HttpMethod.DELETE, "/engine-rest" + path, basic("rest-admin-2", "rest-admin-2"), null);
      if (!path.contains("%")) {
        assertThat(refused.getStatusCode().value()).as(path).isEqualTo(403);
        assertThat(refused.getBody()).as(path).contains("eigen account");
      } else {
        assertThat(refused.getStatusCode().value()).as("%s: %s", path, refused.getBody()).isIn(400, 403);
      }
    }
    assertThat(identityService.createUserQuery().userId("rest-admin-2").count()).isEqualTo(1);
    assertThat(EngineGate.engineOperation("/camunda/api/engine/engine/default/user/rest-admin-2")).isEqualTo("/user/rest-admin-2");
    // Another user's account is the administrator's to delete.
    assertThat(send(HttpMethod.DELETE, "/engine-rest/user/rest-leaver", basic("rest-admin-2", "rest-admin-2"), null).getStatusCode().value())
        .isEqualTo(204);
  }
}
