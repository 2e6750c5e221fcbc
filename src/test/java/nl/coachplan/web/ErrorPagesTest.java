package nl.coachplan.web;

import nl.coachplan.validation.Forbidden;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.coachplan.RestTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Errors on our pages are a Dutch page in our layout for a browser; the API keeps answering problem+json. */
class ErrorPagesTest extends RestTestSupport {

  private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

  /** Pages that fail as a page might: refused, or broken with an engine's message that must not reach the person. */
  @TestConfiguration
  static class FailingPages {
    @Bean
    Failing failing() {
      return new Failing();
    }
  }

  @Controller
  static class Failing {
    @GetMapping("/dashboard/proef/geweigerd")
    String refused() {
      throw new Forbidden("Verboden proef");
    }

    @GetMapping("/dashboard/proef/kapot")
    String broken() {
      throw new IllegalStateException("ENGINE-03004 Exception while executing Database Operation in org.camunda.SecretClass");
    }
  }

  private ResponseEntity<String> get(String user, String path, String accept) {
    HttpHeaders headers = new HttpHeaders();
    if (user != null) {
      headers.setBasicAuth(user, user);
    }
    headers.set(HttpHeaders.ACCEPT, accept);
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private static void dutchPage(ResponseEntity<String> response, int status, String title) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).as("%s", response.getHeaders()).isTrue();
    assertThat(response.getHeaders().getFirst("Content-Security-Policy")).as("our pages' CSP").contains("default-src 'self'");
    assertThat(response.getBody()).contains("<html lang=\"nl\"").contains("coachplan.css").contains("id=\"error-title\">" + title + "<")
        .doesNotContain("Whitelabel").doesNotContain("Exception").doesNotContain("ENGINE-").doesNotContain("org.")
        .doesNotContain("Not Found").doesNotContain("Forbidden").doesNotContain("Internal Server Error").doesNotContain("\tat ");
  }

  @Test
  void anUnknownCaseFileIsADutchPage() {
    ResponseEntity<String> page = get("rest-manager", "/cases/P-1999-999", BROWSER);
    dutchPage(page, 404, "Niet gevonden");
    assertThat(page.getBody()).contains("Er is geen plan P-1999-999 dat u mag inzien.");
  }

  @Test
  void anUnknownPageIsADutchPage() {
    dutchPage(get("rest-manager", "/dashboard/bestaat-niet", BROWSER), 404, "Niet gevonden");
    dutchPage(get("rest-manager", "/bestaat-niet", BROWSER), 404, "Niet gevonden");
  }

  @Test
  void aRefusalAndAFailureAreDutchPagesWithoutTheirInsides() {
    dutchPage(get("rest-manager", "/dashboard/proef/geweigerd", BROWSER), 403, "Geen toegang");
    ResponseEntity<String> broken = get("rest-manager", "/dashboard/proef/kapot", BROWSER);
    dutchPage(broken, 500, "Er ging iets mis");
    assertThat(broken.getBody()).doesNotContain("SecretClass").doesNotContain("03004");
  }

  @Test
  void theApiKeepsAnsweringProblemJson() throws Exception {
    for (String accept : new String[] {MediaType.APPLICATION_JSON_VALUE, BROWSER}) {
      ResponseEntity<String> unknownPlan = get("rest-manager", "/api/v1/plans/P-1999-999", accept);
      assertThat(unknownPlan.getStatusCode().value()).as(unknownPlan.getBody()).isEqualTo(404);
      assertThat(unknownPlan.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
      assertThat(read(unknownPlan).get("detail").asText()).isEqualTo("Er is geen plan P-1999-999 dat u mag inzien.");

      ResponseEntity<String> unknownPath = get("rest-manager", "/api/v1/bestaat-niet", accept);
      assertThat(unknownPath.getStatusCode().value()).as(unknownPath.getBody()).isEqualTo(404);
      assertThat(unknownPath.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .as("%s", unknownPath.getHeaders()).isTrue();
      JsonNode problem = read(unknownPath);
      assertThat(problem.get("title").asText()).isEqualTo("Niet gevonden");
      assertThat(unknownPath.getBody()).doesNotContain("No static resource").doesNotContain("Whitelabel");
    }
    // Spring's own errors of the API (here: a method the address does not take) are Dutch problem+json too.
    ResponseEntity<String> wrongMethod = api("rest-manager", HttpMethod.PUT, "/api/v1/plans/P-1999-999", "{}");
    assertThat(wrongMethod.getStatusCode().value()).as(wrongMethod.getBody()).isEqualTo(405);
    assertThat(wrongMethod.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(read(wrongMethod).get("title").asText()).isEqualTo("Niet toegestaan");
    ResponseEntity<String> anonymous = get(null, "/api/v1/plans/P-2016-001", MediaType.APPLICATION_JSON_VALUE);
    assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
    assertThat(read(anonymous).get("title").asText()).isEqualTo("Niet aangemeld");
  }
}
