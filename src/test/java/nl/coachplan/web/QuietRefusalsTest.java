package nl.coachplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.coachplan.RestTestSupport;
import nl.coachplan.planintake.PlanScenario;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** A refused request is an answer to its sender, not an error for the operator: nothing at ERROR in the log. */
@ExtendWith(OutputCaptureExtension.class)
class QuietRefusalsTest extends RestTestSupport {

  @Test
  void refusalsInsideTheEngineLeaveNoErrorInTheLog(CapturedOutput output) throws Exception {
    int year = freshYear();
    openRound(year, 3);
    ProcessInstance plan = runtimeService.startProcessInstanceByKey("plan-intake", PlanScenario.plan(year,
        List.of(PlanScenario.contribution("swos", "money", 1500, null, null))));
    String taskId = task(plan, "confirmContribution").getId();
    int before = output.getAll().length();

    // Someone else's task, looked at and answered: refused inside an engine command.
    assertThat(api("rest-elzis", HttpMethod.GET, "/api/v1/tasks/" + taskId, null).getStatusCode().value()).isEqualTo(404);
    ResponseEntity<String> notTheirs = submitTask("rest-wei", taskId, "contributionConfirmed", true, "confirmedAmountEuro", 1500);
    assertThat(notTheirs.getStatusCode().value()).as(notTheirs.getBody()).isEqualTo(403);

    String logged = output.getAll().substring(before);
    assertThat(logged).doesNotContain("ENGINE-16004").doesNotContain(" ERROR ");
  }
}
