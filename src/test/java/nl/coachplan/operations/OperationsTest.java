package nl.coachplan.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.coachplan.RestTestSupport;
import nl.coachplan.planintake.PlanScenario;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** What operations see: health of engine and database, and the case metrics in Prometheus format. */
// Tests switch metrics export off unless asked; this one is about exactly that.
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability
class OperationsTest extends RestTestSupport {

  private ResponseEntity<String> get(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    if (user != null) {
      headers.setBasicAuth(user, user);
    }
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  @Test
  void healthReportsTheEngineAndTheDatabase() throws Exception {
    ResponseEntity<String> health = get(null, "/actuator/health");
    assertThat(health.getStatusCode().value()).isEqualTo(200);
    var components = json.readTree(health.getBody()).get("components");
    assertThat(json.readTree(health.getBody()).get("status").asText()).isEqualTo("UP");
    assertThat(components.get("processEngine").get("status").asText()).isEqualTo("UP");
    assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
    assertThat(get(null, "/actuator/info").getBody()).contains("Coachplan");
  }

  @Test
  void prometheusShowsOpenTasksPlansPerStageAndOverdueTasksToStaffOnly() {
    int year = freshYear();
    openRound(year, 2);
    runtimeService.startProcessInstanceByKey("plan-intake", PlanScenario.plan(year, List.of()));
    // Anonymous: the sign-in (401, or the login page for a browser), never the figures.
    assertThat(get(null, "/actuator/prometheus").getBody()).doesNotContain("coachplan_tasks_open");
    // Organisations neither: the figures are the municipality's.
    assertThat(get("rest-wei", "/actuator/prometheus").getStatusCode().value()).isEqualTo(403);
    String metrics = get("rest-manager", "/actuator/prometheus").getBody();
    assertThat(metrics).containsPattern("coachplan_tasks_open\\{task=\"screenPlan\"\\} [1-9]")
        .containsPattern("coachplan_plans\\{stage=\"SCREENING\"\\} [1-9]")
        .contains("coachplan_tasks_overdue");
  }
}
