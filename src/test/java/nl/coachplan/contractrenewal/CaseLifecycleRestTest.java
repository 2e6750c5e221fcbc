package nl.coachplan.contractrenewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import nl.coachplan.RestTestSupport;
import nl.coachplan.planintake.PlanStage;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * An approved plan carried on over HTTP by the people who do the work: the aanvoerder hires, reports,
 * states its intention and decides on the contract, and the spelers reconfirm, through the task API
 * (as the portal does); the gemeente's coordinator decides on the fte and Rijk money in
 * {@code /engine-rest}. The round's filled fte is checked at every step.
 */
class CaseLifecycleRestTest extends RestTestSupport {

  @BeforeEach
  void spelers() {
    user("rest-zippies", "org-zippies-bso");
  }

  private void ok(String user, String businessKey, String taskKey, Object... pairs) throws Exception {
    var response = submitTask(user, openTask(user, businessKey, taskKey), pairs);
    assertThat(response.getStatusCode().value()).as("%s completes %s: %s", user, taskKey, response.getBody()).isEqualTo(204);
  }

  private void hireThroughRest(String ref, int year) throws Exception {
    on(LocalDate.of(year, 7, 1));
    ok("rest-wei", ref, "openVacancy", "vacancyText", "Buurtsportcoach gezocht", "closingDate", year + "-07-20",
        "internalCandidateRoute", false);
    on(LocalDate.of(year, 7, 21));
    fireDueTimer(hiring(ref));
    ok("rest-wei", ref, "selectCandidate", "selectionOutcome", "selected");
    ok("rest-wei", ref, "appointCoach", "coachName", "Coach uit de wijk", "startDate", year + "-09-01", "hoursPerWeek", 36,
        "trainee", false);
  }

  /** The report is due eight weeks before the contract year ends; then the year is reported and reconfirmed. */
  private String reportedYear(String ref, int year, int contractYear, boolean wantsStructural, List<String> steps) throws Exception {
    String key = ref + "/" + contractYear;
    on(LocalDate.of(year + contractYear, 8, 31).minusWeeks(8));
    fireDueTimer(year(ref, contractYear));
    ok("rest-wei", key, "submitYearReport", "participantsReached", 80,
        "ladderStart", ladder(30, 20, 20, 5, 3, 2), "ladderEnd", ladder(15, 25, 25, 10, 3, 2),
        "highlights", "Beweegmiddagen met de BSO", "spentEuro", 50500, "wantsStructural", wantsStructural, "embeddingSteps", steps);
    ok("rest-wei", key, "prepareNextYear", "contractIntention", "continue", "nextYearHoursPerWeek", 36,
        "nextYearAnnualCostPerFte", 50000, "nextYearOtherCostsEuro", 2000, "newContributions", List.of());
    for (String speler : List.of("rest-zippies", "rest-mee", "rest-swos")) {
      String taskId = openTask(speler, key, "reconfirmContribution");
      Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
      var shown = taskService.getVariables(task.getId());
      var response = submitTask(speler, taskId, "contributionContinues", true,
          "nextYearAmountEuro", shown.get("nextYearAmountEuro"), "nextYearHoursPerYear", shown.get("nextYearHoursPerYear"));
      assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(204);
    }
    return key;
  }

  @Test
  void aPlanGoesFromApprovalThroughTwoRenewalsToStructuralFunding() throws Exception {
    int year = freshYear();
    String ref = approvedPlan(year, 6.8);
    assertThat(filledFte(year)).isEqualByComparingTo("0");
    assertThat(apiTasks("rest-elzis")).as("another organisation sees nothing of this plan")
        .extracting(t -> t.get("reference").asText()).doesNotContain(ref);
    assertThat(call("rest-elzis", HttpMethod.GET, "/task?processInstanceBusinessKey=" + ref, null).getStatusCode().value())
        .as("the engine is closed to organisations").isEqualTo(403);

    hireThroughRest(ref, year);
    assertThat(plan(ref).getStage()).isEqualTo(PlanStage.ACTIVE);
    assertThat(filledFte(year)).isEqualByComparingTo("1");

    for (int contractYear = 1; contractYear <= 2; contractYear++) {
      String key = reportedYear(ref, year, contractYear, false, List.of());
      ok("rest-coordinator", key, "evaluateYear", "fundingDecision", "continue");
      ok("rest-wei", key, "decideContract", "contractDecision", "renew");
      assertThat(filledFte(year)).isEqualByComparingTo("1");
    }
    String third = reportedYear(ref, year, 3, true, List.of("permanentPost", "municipalPolicy"));
    ok("rest-coordinator", third, "evaluateYear", "fundingDecision", "structural", "evaluationRemarks", "Borging is rond");
    ok("rest-wei", third, "recordStructuralFunding", "permanentContract", true,
        "fundingSource", "Participatiebudget gemeente en eigen middelen", "effectiveDate", (year + 3) + "-09-01");

    assertThat(plan(ref).getStage()).isEqualTo(PlanStage.STRUCTURAL);
    assertThat(filledFte(year)).isEqualByComparingTo("1");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike(ref + "%").list())
        .as("intake, hiring and three contract years, all completed").hasSize(5)
        .allSatisfy(h -> assertThat(h.getState()).isEqualTo("COMPLETED"));
  }

  @Test
  void anotherPlanEndsAndItsFteIsFreeAgain() throws Exception {
    int year = freshYear();
    String ref = approvedPlan(year, 6.8);
    hireThroughRest(ref, year);
    assertThat(filledFte(year)).isEqualByComparingTo("1");

    String key = reportedYear(ref, year, 1, false, List.of());
    String gemeente = openTask("rest-coordinator", key, "evaluateYear");
    assertThat(submitTask("rest-wei", gemeente, "fundingDecision", "continue").getStatusCode().value())
        .as("the aanvoerder does not decide on the Rijk money").isIn(403, 404);
    var refused = submitTask("rest-coordinator", gemeente, "fundingDecision", "stop");
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(read(refused).get("message").asText()).contains("afwijkt van het advies");
    ok("rest-coordinator", key, "evaluateYear", "fundingDecision", "continue");

    // The contract is the employer's: offered to the plan's aanvoerder only, refused to a speler and to another organisation.
    String contractTask = openTask("rest-wei", key, "decideContract");
    for (String other : List.of("rest-mee", "rest-elzis")) {
      assertThat(apiTasks(other)).as("%s is not offered the contract decision", other)
          .noneMatch(t -> t.path("taskDefinitionKey").asText().equals("decideContract"));
      assertThat(submitTask(other, contractTask, "contractDecision", "end", "contractRemarks", "Wij stoppen").getStatusCode().value())
          .as("%s cannot make the employer's decision", other).isIn(403, 404);
    }
    assertThat(api("rest-elzis", HttpMethod.GET, "/api/v1/tasks/" + contractTask, null).getStatusCode().value()).isEqualTo(404);
    assertThat(year(ref, 1)).isWaitingAt("decideContract");

    var unexplained = submitTask("rest-wei", contractTask, "contractDecision", "end");
    assertThat(unexplained.getStatusCode().value()).isEqualTo(400);
    assertThat(unexplained.getBody()).contains("contractRemarks").contains("Licht toe waarom u het arbeidscontract beëindigt");
    assertThat(filledFte(year)).isEqualByComparingTo("1");

    ok("rest-wei", key, "decideContract", "contractDecision", "end", "contractRemarks", "Wij stoppen met het project.");
    assertThat(plan(ref).getStage()).isEqualTo(PlanStage.ENDED);
    assertThat(filledFte(year)).isEqualByComparingTo("0");
    ProcessInstance next = year(ref, 2);
    assertThat(next).isNull();
  }

  @Test
  void aNewSpelerJoinsThroughThePortalAtRenewal() throws Exception {
    int year = freshYear();
    String ref = approvedPlan(year, 6.8);
    hireThroughRest(ref, year);
    String key = ref + "/1";
    on(LocalDate.of(year + 1, 8, 31).minusWeeks(8));
    fireDueTimer(year(ref, 1));
    ok("rest-wei", key, "submitYearReport", "participantsReached", 80,
        "ladderStart", ladder(30, 20, 20, 5, 3, 2), "ladderEnd", ladder(15, 25, 25, 10, 3, 2),
        "highlights", "Beweegmiddagen met de BSO", "spentEuro", 50500, "wantsStructural", false, "embeddingSteps", List.of());
    assertThat(apiTasks("rest-elzis")).as("not a speler yet").extracting(t -> t.get("reference").asText()).doesNotContain(ref);

    String prepare = openTask("rest-wei", key, "prepareNextYear");
    var refused = submitTask("rest-wei", prepare, "contractIntention", "continue", "nextYearHoursPerWeek", 36,
        "nextYearAnnualCostPerFte", -5, "newContributions", List.of(java.util.Map.of("organization", "nergens", "kind", "money",
            "amountEuro", 100)));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).contains("nextYearAnnualCostPerFte").contains("De loonkosten kunnen niet negatief zijn");
    refused = submitTask("rest-wei", prepare, "contractIntention", "continue", "nextYearHoursPerWeek", 36,
        "nextYearAnnualCostPerFte", 50000, "newContributions", List.of(java.util.Map.of("organization", "nergens", "kind", "money",
            "amountEuro", 100)));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).contains("newContributions[1].organization").contains("Onbekende organisatie 'nergens'");

    ok("rest-wei", key, "prepareNextYear", "contractIntention", "continue", "nextYearHoursPerWeek", 36,
        "nextYearAnnualCostPerFte", 51000, "nextYearOtherCostsEuro", 2000,
        "newContributions", List.of(java.util.Map.of("organization", "elzis", "kind", "money", "amountEuro", 2000,
            "description", "Beweegprogramma in de praktijk")));
    ok("rest-elzis", key, "reconfirmContribution", "contributionContinues", true, "nextYearAmountEuro", 2000);
    assertThat(inTx(() -> plan(ref).getContributions().stream()
        .anyMatch(c -> c.getOrganisation().getSlug().equals("elzis") && c.getStatus().name().equals("CONFIRMED"))))
        .as("Elzis is a speler now").isTrue();
  }
}
