package nl.coachplan.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.notNull;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.coachplan.RestTestSupport;
import nl.coachplan.planintake.ContributionStatus;
import nl.coachplan.planintake.PlanScenario;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.AdditionalAnswers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * A colleague completes the task in the moment between reading the task and reading its case, so the
 * contribution variable has gone with the task. The caller is told the task is done (409), not that it
 * is not theirs (403), and the colleague's answer stands. Once in the check before the step, once in
 * the check inside it.
 */
class CompletedWhileCheckedTest extends RestTestSupport {

  @Autowired TaskWork work;
  @Autowired TaskCompletionCheck completionCheck;
  @Autowired TaskCases realCases;

  /** The case reads of the portal's two checks, to be stepped into; the real ones around it. */
  private TaskCases cases;
  private final Map<Object, Object> before = new HashMap<>();

  @BeforeEach
  void stepIntoTheChecks() {
    // Swapped into the checks rather than declared a bean: a context of its own would cost the suite a whole application.
    cases = mock(TaskCases.class, AdditionalAnswers.delegatesTo(realCases));
    for (Object check : List.of(AopTestUtils.getUltimateTargetObject(work), AopTestUtils.getUltimateTargetObject(completionCheck))) {
      before.put(check, ReflectionTestUtils.getField(check, "cases"));
      ReflectionTestUtils.setField(check, "cases", cases);
    }
  }

  @AfterEach
  void realChecks() {
    before.forEach((check, real) -> ReflectionTestUtils.setField(check, "cases", real));
    before.clear();
  }

  @Test
  void completedDuringTheCheckBeforeTheStepIsDoneNotForbidden() throws Exception {
    ProcessInstance plan = planWithAContributionToConfirm();
    String taskId = task(plan, "confirmContribution").getId();
    doAnswer(invocation -> {
      colleagueConfirms(taskId);
      return realCases.of((String) invocation.getArgument(0), null);
    }).when(cases).of(anyString(), notNull());

    assertToldItIsDone(submitTask("rest-swos", taskId, "contributionConfirmed", false, "remark", "Geen budget"), plan);
    verify(cases).of(anyString(), notNull());
  }

  @Test
  void completedDuringTheCheckInsideTheStepIsDoneNotForbidden() throws Exception {
    ProcessInstance plan = planWithAContributionToConfirm();
    String taskId = task(plan, "confirmContribution").getId();
    doAnswer(invocation -> {
      colleagueConfirms(taskId);
      return realCases.withinStep((String) invocation.getArgument(0), null);
    }).when(cases).withinStep(anyString(), notNull());

    assertToldItIsDone(submitTask("rest-swos", taskId, "contributionConfirmed", false, "remark", "Geen budget"), plan);
    verify(cases).withinStep(anyString(), notNull());
  }

  private ProcessInstance planWithAContributionToConfirm() {
    int year = freshYear();
    openRound(year, 3);
    return runtimeService.startProcessInstanceByKey("plan-intake", PlanScenario.plan(year,
        List.of(PlanScenario.contribution("swos", "money", 1500, null, null))));
  }

  /** The colleague's answer, committed in its own transaction while the caller's check is under way. */
  private void colleagueConfirms(String taskId) {
    CompletableFuture.runAsync(() -> taskService.complete(taskId, Map.of("contributionConfirmed", true, "confirmedAmountEuro", 1500)))
        .join();
  }

  private void assertToldItIsDone(ResponseEntity<String> late, ProcessInstance plan) throws Exception {
    assertThat(late.getStatusCode().value()).as(late.getBody()).isEqualTo(409);
    assertThat(read(late).get("detail").asText()).contains("intussen afgerond");
    assertThat(inTx(() -> plan(plan.getBusinessKey()).getContributions().get(0).getStatus()))
        .as("the colleague's answer stands").isEqualTo(ContributionStatus.CONFIRMED);
  }
}
