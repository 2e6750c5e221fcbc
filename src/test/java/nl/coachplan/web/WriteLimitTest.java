package nl.coachplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.coachplan.RestTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/** One user cannot flood the API with writes: a burst, then a steady rate, then 429 with Retry-After, in Dutch. */
@TestPropertySource(properties = {"coachplan.write-limit.burst=3", "coachplan.write-limit.per-minute=6"})
class WriteLimitTest extends RestTestSupport {

  @Test
  void aUserWritesABurstThenWaits() throws Exception {
    user("rest-flood", "org-mee");
    user("rest-calm", "org-elzis");
    for (int i = 0; i < 3; i++) {
      // Each attempt counts, whether the API takes it or not (this one it refuses: an empty plan).
      assertThat(api("rest-flood", HttpMethod.POST, "/api/v1/plans", "{}").getStatusCode().value()).isEqualTo(400);
    }
    ResponseEntity<String> refused = api("rest-flood", HttpMethod.POST, "/api/v1/plans", "{}");
    assertThat(refused.getStatusCode().value()).isEqualTo(429);
    assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    String retryAfter = refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
    assertThat(retryAfter).matches("[1-9]|10");
    assertThat(read(refused).get("detail").asText()).isEqualTo(
        "U stuurt te veel wijzigingen kort na elkaar; probeer het over " + retryAfter + " seconden opnieuw.");
    // The other writes too (a task, a withdrawal, the portal's forms); reading is not limited, nor is anyone else.
    assertThat(api("rest-flood", HttpMethod.POST, "/api/v1/tasks/unknown/complete", "{}").getStatusCode().value()).isEqualTo(429);
    assertThat(api("rest-flood", HttpMethod.POST, "/api/v1/plans/P-1900-001/withdrawal", null).getStatusCode().value()).isEqualTo(429);
    assertThat(api("rest-flood", HttpMethod.POST, "/portaal/plannen/nieuw", null).getStatusCode().value()).isEqualTo(429);
    assertThat(api("rest-flood", HttpMethod.GET, "/api/v1/tasks", null).getStatusCode().value()).isEqualTo(200);
    assertThat(api("rest-calm", HttpMethod.POST, "/api/v1/plans", "{}").getStatusCode().value()).isEqualTo(400);
    // After the wait the user writes again.
    Thread.sleep(Long.parseLong(retryAfter) * 1000 + 100);
    assertThat(api("rest-flood", HttpMethod.POST, "/api/v1/plans", "{}").getStatusCode().value()).isEqualTo(400);
  }
}
