package nl.coachplan.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.coachplan.RestTestSupport;
import nl.coachplan.planintake.PlanScenario;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The forms' organisation and code lists reach every surface from {@link FormOptions}: the engine
 * REST API's form variables of a task and of a start form (the Tasklist's), the deployed start form
 * (which the Tasklist shows without reading variables), and the task API's data (the portal's). An
 * organisation registered a moment ago is in each at once.
 */
class FormOptionsTest extends RestTestSupport {

  /** The plan sent back to its aanvoerder: the revise task, with the plan form's lists. */
  private String reviseTask() {
    int year = freshYear();
    openRound(year, 5);
    ProcessInstance intake = runtimeService.startProcessInstanceByKey("plan-intake", PlanScenario.plan(year, PlanScenario.soestContributions()));
    for (Task task : taskService.createTaskQuery().processInstanceId(intake.getId()).taskDefinitionKey("confirmContribution").unlimitedList()) {
      Map<String, Object> shown = taskService.getVariables(task.getId());
      taskService.complete(task.getId(), vars("contributionConfirmed", true,
          "confirmedAmountEuro", shown.get("confirmedAmountEuro"), "confirmedHoursPerYear", shown.get("confirmedHoursPerYear")));
    }
    completeTask(intake, "screenPlan", vars("screeningOutcome", "incomplete", "screeningRemarks", "Vul de doelen aan."));
    return task(intake, "revisePlan").getId();
  }

  private String registered() throws Exception {
    String slug = "atletiek-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    ResponseEntity<String> created = api("rest-coordinator", HttpMethod.POST, "/api/v1/organisations",
        Map.of("slug", slug, "name", "Atletiekvereniging " + slug, "sector", "SPORT"));
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    return slug;
  }

  /** A list as the Tasklist receives it: a Json variable whose value is the list's JSON. */
  private List<String> values(JsonNode variables, String name) throws Exception {
    JsonNode variable = variables.get(name);
    assertThat(variable).as("%s in %s", name, variables.fieldNames()).isNotNull();
    assertThat(variable.path("type").asText()).isEqualTo("Json");
    return values(json.readTree(variable.path("value").asText()));
  }

  private static List<String> values(JsonNode options) {
    List<String> values = new ArrayList<>();
    options.forEach(o -> {
      assertThat(o.path("label").asText()).as("each option has its label").isNotBlank();
      values.add(o.path("value").asText());
    });
    return values;
  }

  @Test
  void theTasklistGetsATaskFormsListsWithItsVariables() throws Exception {
    String task = reviseTask();
    String slug = registered();
    JsonNode variables = read(call("rest-coordinator", HttpMethod.GET, "/task/" + task + "/form-variables", null));
    assertThat(values(variables, FormOptions.ORGANISATIONS)).contains("swos", "werk-en-inkomen", slug);
    assertThat(values(variables, FormOptions.TARGET_GROUPS)).containsExactly("youth", "elderly", "disabilities", "welfare", "lowIncome",
        "chronicallyIll", "everyone");
    assertThat(values(variables, FormOptions.SETTINGS)).contains("sportsClub", "neighbourhood");
    assertThat(values(variables, FormOptions.PROFILE_TYPES)).contains("buurtsportcoach", "beweegcoach").doesNotContain("lokaal");
    assertThat(values(variables, FormOptions.CONTRIBUTION_KINDS)).containsExactly("money", "hours", "location", "expertise", "support");
    assertThat(variables.has(FormOptions.COMPETENCIES)).as("only the lists its form names").isFalse();
    // The case's own values come as before.
    assertThat(variables.path("title").path("value").asText()).isEqualTo("Buurtsportcoach speciale doelgroepen");
    // A task's plain variables stay as they are.
    assertThat(read(call("rest-coordinator", HttpMethod.GET, "/task/" + task + "/variables", null)).has(FormOptions.ORGANISATIONS))
        .isFalse();
  }

  @Test
  void theStartFormsListsComeWithItsVariablesAndInTheFormItself() throws Exception {
    String slug = registered();
    for (String path : List.of("/process-definition/key/plan-intake/form-variables",
        "/process-definition/" + repositoryService.createProcessDefinitionQuery().processDefinitionKey("plan-intake").latestVersion()
            .singleResult().getId() + "/form-variables")) {
      JsonNode variables = read(call("rest-coordinator", HttpMethod.GET, path, null));
      assertThat(values(variables, FormOptions.ORGANISATIONS)).as(path).contains("gemeente-soest", slug);
      assertThat(values(variables, FormOptions.PROFILE_TYPES)).as(path).as("the six BRC profiles").hasSize(6);
    }
    // The round's start form names no list: nothing is added.
    assertThat(read(call("rest-coordinator", HttpMethod.GET, "/process-definition/key/funding-round/form-variables", null)).size())
        .isZero();

    // The Tasklist reads no variables for a start form: the form it shows carries the lists.
    String id = repositoryService.createProcessDefinitionQuery().processDefinitionKey("plan-intake").latestVersion().singleResult().getId();
    ResponseEntity<String> deployed = call("rest-coordinator", HttpMethod.GET, "/process-definition/" + id + "/deployed-start-form", null);
    assertThat(deployed.getStatusCode().value()).isEqualTo(200);
    assertThat(deployed.getHeaders().getContentType().toString()).startsWith("application/json");
    JsonNode form = read(deployed);
    assertThat(form.findValues("valuesKey")).as("every list filled in").isEmpty();
    JsonNode aanvoerder = form.findParents("key").stream().filter(c -> "aanvoerder".equals(c.path("key").asText())).findFirst().orElseThrow();
    assertThat(values(aanvoerder.path("values"))).contains("werk-en-inkomen", slug);
    JsonNode kind = form.findParents("key").stream().filter(c -> "kind".equals(c.path("key").asText())).findFirst().orElseThrow();
    assertThat(values(kind.path("values"))).containsExactly("money", "hours", "location", "expertise", "support");
  }

  @Test
  void thePortalsTaskDataCarryTheLists() throws Exception {
    String task = reviseTask();
    String slug = registered();
    ResponseEntity<String> response = api("rest-wei", HttpMethod.GET, "/api/v1/tasks/" + task, null);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    JsonNode data = read(response).path("data");
    assertThat(values(data.path(FormOptions.ORGANISATIONS))).contains("swos", slug);
    assertThat(values(data.path(FormOptions.TARGET_GROUPS))).hasSize(7);
    assertThat(values(data.path(FormOptions.CONTRIBUTION_KINDS))).hasSize(5);
    assertThat(read(response).path("form").findValues("values")).as("the form as it is, its lists named").isEmpty();
  }
}
