package nl.coachplan.planintake;

import static nl.coachplan.planintake.PlanScenario.soestContributions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import nl.coachplan.WijkTestSupport;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.organisation.Wijk;
import nl.coachplan.tasks.FormOptions;
import nl.coachplan.validation.InvalidFormDataException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/** Issue "the wijk", 1: a plan names the wijken it works in, on submission and revision; an unknown wijk is refused. */
class PlanWijkenTest extends WijkTestSupport {

  @Autowired FormOptions options;

  private static Map<String, Object> inWijken(Map<String, Object> plan, String... codes) {
    plan.put("wijken", ProcessValues.json(List.of(codes)));
    return plan;
  }

  private List<String> wijkenOf(String reference) {
    return inTx(() -> plans.findByReference(reference).orElseThrow().getWijken().stream().map(Wijk::getCode).toList());
  }

  private long plansOfRound(int year) {
    return inTx(() -> plans.findAll().stream().filter(p -> p.getRound().getYear() == year).count());
  }

  @Test
  void aPlanWorksInTheWijkenItNamesAndTheCaseFileShowsThem() throws Exception {
    Wijk noord = freshWijk();
    Wijk zuid = freshWijk();
    assertThat(options.lists(List.of("wijkOptions")).get("wijkOptions")).as("the plan forms' list, from the wijken")
        .contains(Map.of("label", noord.getName() + " (" + noord.getCode() + ")", "value", noord.getCode()));
    int year = freshYear();
    openRound(year, 5);

    ProcessInstance intake = runtimeService.startProcessInstanceByKey("plan-intake",
        inWijken(PlanScenario.plan(year, soestContributions()), zuid.getCode(), noord.getCode().toLowerCase()));
    String reference = intake.getBusinessKey();
    assertThat(wijkenOf(reference)).containsExactly(noord.getCode(), zuid.getCode());

    var file = read(api("rest-wei", HttpMethod.GET, "/api/v1/plans/" + reference, null));
    assertThat(file.get("wijken").findValuesAsText("code")).containsExactly(noord.getCode(), zuid.getCode());
    assertThat(file.get("wijken").findValuesAsText("name")).contains(noord.getName());
    assertThat(api("rest-coordinator", HttpMethod.GET, "/cases/" + reference, null).getBody()).contains(noord.label());

    // Sent back: the aanvoerder now names only Zuid.
    for (Task task : taskService.createTaskQuery().processInstanceId(intake.getId()).taskDefinitionKey("confirmContribution").unlimitedList()) {
      Map<String, Object> shown = taskService.getVariables(task.getId());
      taskService.complete(task.getId(), vars("contributionConfirmed", true,
          "confirmedAmountEuro", shown.get("confirmedAmountEuro"), "confirmedHoursPerYear", shown.get("confirmedHoursPerYear")));
    }
    completeTask(intake, "screenPlan", vars("screeningOutcome", "incomplete", "screeningRemarks", "In welke wijk?"));
    assertThatThrownBy(() -> completeTask(intake, "revisePlan", inWijken(PlanScenario.plan(year, soestContributions()), zuid.getCode(), "WK999999")))
        .hasRootCauseInstanceOf(InvalidFormDataException.class).hasMessageContaining("Onbekende wijk 'WK999999'");
    assertThat(intake).as("a refusal changes nothing").isWaitingAt("revisePlan");
    assertThat(wijkenOf(reference)).containsExactly(noord.getCode(), zuid.getCode());

    completeTask(intake, "revisePlan", inWijken(PlanScenario.plan(year, soestContributions()), zuid.getCode()));
    assertThat(wijkenOf(reference)).containsExactly(zuid.getCode());
    var versions = read(api("rest-wei", HttpMethod.GET, "/api/v1/plans/" + reference, null)).get("versions");
    assertThat(versions.get(0).get("plan").get("wijken").toString()).contains(noord.getCode()).contains(zuid.getCode());
    assertThat(versions.get(1).get("plan").get("wijken").toString()).contains(zuid.getCode()).doesNotContain(noord.getCode());
  }

  @Test
  void anUnknownOrEmptyWijkIsRefusedAtTheFieldAndNoPlanIsMade() throws Exception {
    int year = freshYear();
    openRound(year, 5);
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("plan-intake", inWijken(PlanScenario.plan(year, soestContributions()), "WK999999")))
        .hasRootCauseInstanceOf(InvalidFormDataException.class).hasMessageContaining("Onbekende wijk 'WK999999'");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("plan-intake", inWijken(PlanScenario.plan(year, soestContributions()), " ")))
        .hasRootCauseInstanceOf(InvalidFormDataException.class).hasMessageContaining("Een wijk is leeg");
    assertThat(plansOfRound(year)).isZero();

    // Through the API the refusal names the field, in Dutch.
    var refused = api("rest-wei", HttpMethod.POST, "/api/v1/plans",
        plain(with(planForm(year, 1, List.of()), "wijken", List.of("WK999999"))));
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
    assertThat(refused.getBody()).contains("wijken").contains("Onbekende wijk");
    assertThat(plansOfRound(year)).isZero();

    ProcessInstance without = runtimeService.startProcessInstanceByKey("plan-intake", PlanScenario.plan(year, soestContributions()));
    assertThat(wijkenOf(without.getBusinessKey())).as("wijken are optional").isEmpty();
  }
}
